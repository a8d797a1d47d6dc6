package io.pactum.core.template.internal;

import io.pactum.core.template.TemplateError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parses template text into a {@link CompiledTemplate}. Tags are {@code {{name}}},
 * {@code {{name | format}}}, {@code {{#if condition}}…{{else}}…{{/if}}},
 * {@code {{#each list}}…{{/each}}}, {@code {{ref anchor}}} and {@code {{! comment}}}. A block tag
 * alone on its line takes the whole line with it, so blocks do not leave blank lines behind.
 * Thread-safe (stateless between calls).
 */
public final class TemplateParser {

    /** The longest template text accepted, in characters. */
    public static final int MAX_LENGTH = 1_000_000;
    /** The deepest nesting of blocks. */
    public static final int MAX_DEPTH = 32;
    /** The formatter names. */
    public static final Set<String> FORMATS = Set.of("money", "amount", "upper", "date", "percent", "duration",
            "number");

    private TemplateParser() {
    }

    /**
     * Parses a text.
     *
     * @throws SyntaxError with line and column of the first problem
     */
    public static CompiledTemplate parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new SyntaxError(TemplateError.LIMIT, 1, 1, "template text is longer than " + MAX_LENGTH + " characters");
        }
        // Texts edited on Windows render exactly like the same texts with \n line breaks.
        String source = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
        int[] lineStarts = lineStarts(source);
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(Kind.ROOT, 1, 1, null, null));
        int pos = 0;
        while (pos < source.length()) {
            int open = source.indexOf("{{", pos);
            if (open < 0) {
                stack.peek().nodes().add(new Node.Text(source.substring(pos)));
                break;
            }
            int line = lineOf(lineStarts, open);
            int column = open - lineStarts[line - 1] + 1;
            int close = source.indexOf("}}", open + 2);
            if (close < 0) {
                throw new SyntaxError(TemplateError.SYNTAX, line, column, "{{ is never closed by }}");
            }
            String raw = source.substring(open + 2, close);
            String tag = raw.strip();
            int tagEnd = close + 2;
            int textEnd = open;
            int next = tagEnd;
            if (isBlockTag(tag)) {
                int lineStart = lineStarts[line - 1];
                if (lineStart >= pos && blank(source, lineStart, open)) {
                    int lineEnd = source.indexOf('\n', tagEnd);
                    int end = lineEnd < 0 ? source.length() : lineEnd;
                    if (blank(source, tagEnd, end)) {
                        textEnd = lineStart;
                        next = lineEnd < 0 ? source.length() : lineEnd + 1;
                    }
                }
            }
            if (textEnd > pos) {
                stack.peek().nodes().add(new Node.Text(source.substring(pos, textEnd)));
            }
            int tagColumn = column + 2 + (raw.length() - raw.stripLeading().length());
            handle(tag, line, column, tagColumn, stack);
            pos = next;
        }
        if (stack.size() > 1) {
            Frame open = stack.peek();
            throw new SyntaxError(TemplateError.SYNTAX, open.line(), open.column(),
                    "{{#" + (open.kind() == Kind.IF ? "if" : "each") + "}} is never closed");
        }
        return new CompiledTemplate(merge(stack.peek().nodes()));
    }

    private static void handle(String tag, int line, int column, int tagColumn, Deque<Frame> stack) {
        if (tag.isEmpty()) {
            throw new SyntaxError(TemplateError.SYNTAX, line, column, "empty tag {{}}");
        }
        if (tag.startsWith("!")) {
            return;
        }
        if (tag.startsWith("#")) {
            if (stack.size() > MAX_DEPTH) {
                throw new SyntaxError(TemplateError.LIMIT, line, column, "blocks nest deeper than " + MAX_DEPTH);
            }
            String word = firstWord(tag.substring(1));
            String rest = tag.substring(1 + word.length()).strip();
            int restColumn = tagColumn + tag.indexOf(rest.isEmpty() ? "}" : rest);
            if (word.equals("if")) {
                if (rest.isEmpty()) {
                    throw new SyntaxError(TemplateError.SYNTAX, line, column, "{{#if}} needs a condition");
                }
                stack.push(new Frame(Kind.IF, line, column, ConditionParser.parse(rest, line, restColumn), null));
            } else if (word.equals("each")) {
                List<String> path = splitPath(rest);
                if (path == null || path.size() != 1) {
                    throw new SyntaxError(TemplateError.SYNTAX, line, restColumn,
                            "{{#each}} needs the name of a list variable, got \"" + rest + "\"");
                }
                stack.push(new Frame(Kind.EACH, line, column, null, rest));
            } else {
                throw new SyntaxError(TemplateError.SYNTAX, line, column,
                        "unknown block {{#" + word + "}}; blocks are #if and #each");
            }
            return;
        }
        if (tag.equals("else")) {
            Frame top = stack.peek();
            if (top.kind() != Kind.IF || top.inElse) {
                throw new SyntaxError(TemplateError.SYNTAX, line, column, "{{else}} outside an {{#if}} block");
            }
            top.inElse = true;
            return;
        }
        if (tag.startsWith("/")) {
            String word = tag.substring(1).strip();
            Frame top = stack.peek();
            Kind expected = word.equals("if") ? Kind.IF : word.equals("each") ? Kind.EACH : null;
            if (expected == null) {
                throw new SyntaxError(TemplateError.SYNTAX, line, column, "unknown closing tag {{/" + word + "}}");
            }
            if (top.kind() != expected) {
                throw new SyntaxError(TemplateError.SYNTAX, line, column, "{{/" + word + "}} closes nothing"
                        + (top.kind() == Kind.ROOT ? "" : "; the open block is {{#"
                        + (top.kind() == Kind.IF ? "if" : "each") + "}} from line " + top.line()));
            }
            stack.pop();
            Node node = top.kind() == Kind.IF
                    ? new Node.If(top.condition, merge(top.then), merge(top.otherwise), top.line(), top.column())
                    : new Node.Each(top.list, merge(top.then), top.line(), top.column());
            stack.peek().nodes().add(node);
            return;
        }
        if (tag.startsWith("ref ") || tag.equals("ref")) {
            String anchor = tag.substring(3).strip();
            if (anchor.isEmpty() || !anchor.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128
                    || c == '.' || c == '_' || c == ':' || c == '-')) {
                throw new SyntaxError(TemplateError.SYNTAX, line, column, "{{ref}} needs a section anchor, got \""
                        + anchor + "\"");
            }
            stack.peek().nodes().add(new Node.Ref(anchor, line, column));
            return;
        }
        String format = null;
        String pathText = tag;
        int bar = tag.indexOf('|');
        if (bar >= 0) {
            pathText = tag.substring(0, bar).strip();
            format = tag.substring(bar + 1).strip();
            if (!FORMATS.contains(format)) {
                throw new SyntaxError(TemplateError.SYNTAX, line, column, "unknown format \"" + format
                        + "\"; known: " + FORMATS.stream().sorted().toList());
            }
        }
        List<String> path = splitPath(pathText);
        if (path == null) {
            throw new SyntaxError(TemplateError.SYNTAX, line, column, "\"" + pathText + "\" is not a variable name");
        }
        stack.peek().nodes().add(new Node.Var(path, format, line, column));
    }

    /** Reads a run of path characters (letters, digits, {@code _ . @}) starting at {@code from}. */
    static String readPath(String text, int from) {
        int end = from;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '@')) {
                end++;
            } else {
                break;
            }
        }
        return text.substring(from, end);
    }

    /** Splits {@code a.b} into segments; {@code null} if malformed. {@code @number} is a segment alone. */
    static @Nullable List<String> splitPath(String text) {
        if (text.equals("@number")) {
            return List.of(text);
        }
        if (text.isEmpty() || text.length() > 200) {
            return null;
        }
        List<String> segments = Arrays.asList(text.split("\\.", -1));
        if (segments.size() > 2) {
            return null;
        }
        for (String s : segments) {
            if (s.isEmpty() || !(s.charAt(0) < 128 && Character.isLetter(s.charAt(0)))) {
                return null;
            }
            for (int i = 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                    return null;
                }
            }
        }
        return List.copyOf(segments);
    }

    private static boolean isBlockTag(String tag) {
        return tag.startsWith("#") || tag.startsWith("/") || tag.equals("else") || tag.startsWith("!");
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Joins adjacent text nodes so rendering appends once. */
    private static List<Node> merge(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node n : nodes) {
            if (n instanceof Node.Text) {
                text.append(((Node.Text) n).text());
            } else {
                if (text.length() > 0) {
                    out.add(new Node.Text(text.toString()));
                    text.setLength(0);
                }
                out.add(n);
            }
        }
        if (text.length() > 0) {
            out.add(new Node.Text(text.toString()));
        }
        return List.copyOf(out);
    }

    private enum Kind { ROOT, IF, EACH }

    /** An open block while parsing. */
    private static final class Frame {
        private final Kind kind;
        private final int line;
        private final int column;
        private final @Nullable Condition condition;
        private final @Nullable String list;
        private final List<Node> then = new ArrayList<>();
        private final List<Node> otherwise = new ArrayList<>();
        private boolean inElse;

        Frame(Kind kind, int line, int column, @Nullable Condition condition, @Nullable String list) {
            this.kind = kind;
            this.line = line;
            this.column = column;
            this.condition = condition;
            this.list = list;
        }

        Kind kind() {
            return kind;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }

        List<Node> nodes() {
            return inElse ? otherwise : then;
        }
    }
}
