package io.pactum.core.template.internal;

import java.util.List;

/**
 * Writes rendered sections as Markdown, plain text or HTML. Output uses {@code \n} line breaks
 * only and ends with one, so the same input gives the same bytes everywhere.
 */
public final class DocumentWriter {

    private DocumentWriter() {
    }

    /** Markdown: {@code # title}, then {@code ## 1. Heading} and so on, blank lines between blocks. */
    public static String markdown(String title, List<Block> blocks) {
        StringBuilder out = new StringBuilder(title.length() + 4 + size(blocks));
        out.append("# ").append(title).append('\n');
        markdown(blocks, out);
        return out.toString();
    }

    /** The characters of all headings and bodies plus line breaks and marks: the Markdown's length, nearly. */
    private static int size(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.label().length() + b.heading().length() + b.body().length() + b.depth() + 8 + size(b.children());
        }
        return n;
    }

    private static void markdown(List<Block> blocks, StringBuilder out) {
        for (Block b : blocks) {
            out.append('\n');
            for (int i = 0; i <= b.depth(); i++) {
                out.append('#');
            }
            out.append(' ').append(b.label()).append(' ').append(b.heading()).append('\n');
            if (!b.body().isEmpty()) {
                out.append('\n').append(b.body()).append('\n');
            }
            markdown(b.children(), out);
        }
    }

    /** Plain text: the same layout as Markdown without heading marks. */
    public static String plainText(String title, List<Block> blocks) {
        StringBuilder out = new StringBuilder(title.length() + 4 + size(blocks));
        out.append(title).append('\n');
        plain(blocks, out);
        return out.toString();
    }

    private static void plain(List<Block> blocks, StringBuilder out) {
        for (Block b : blocks) {
            out.append('\n').append(b.label()).append(' ').append(b.heading()).append('\n');
            if (!b.body().isEmpty()) {
                out.append('\n').append(b.body()).append('\n');
            }
            plain(b.children(), out);
        }
    }

    /**
     * HTML: an {@code article} of nested {@code section}s with ids from anchors; paragraphs split at
     * blank lines, line breaks as {@code <br>}, a paragraph of {@code |}-rows as a table. Every
     * text is escaped, so values cannot inject markup.
     */
    public static String html(String lang, String title, List<Block> blocks) {
        StringBuilder out = new StringBuilder(title.length() + 64 + size(blocks) * 9 / 8);
        out.append("<article lang=\"").append(escape(lang)).append("\">\n<h1>").append(escape(title)).append("</h1>\n");
        html(blocks, out);
        out.append("</article>\n");
        return out.toString();
    }

    private static void html(List<Block> blocks, StringBuilder out) {
        for (Block b : blocks) {
            int level = Math.min(6, b.depth() + 1);
            out.append("<section id=\"").append(escape(b.anchor())).append("\">\n<h").append(level).append('>')
                    .append(escape(b.label())).append(' ').append(escape(b.heading())).append("</h").append(level)
                    .append(">\n");
            if (!b.body().isEmpty()) {
                paragraphs(b.body(), out);
            }
            html(b.children(), out);
            out.append("</section>\n");
        }
    }

    /** Splits at blank lines (lines of only spaces and tabs) without regular expressions. */
    private static void paragraphs(String body, StringBuilder out) {
        int start = 0;
        int lineStart = 0;
        while (lineStart <= body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            if (blank(body, lineStart, lineEnd)) {
                if (lineStart > start) {
                    paragraph(body.substring(start, lineStart).strip(), out);
                }
                start = lineEnd + 1;
            }
            lineStart = lineEnd + 1;
        }
        if (start < body.length()) {
            paragraph(body.substring(start).strip(), out);
        }
    }

    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A table separator row such as {@code |---|:---:|}. */
    private static boolean separatorRow(String row) {
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return row.indexOf('-') >= 0;
    }

    private static void paragraph(String paragraph, StringBuilder out) {
        if (paragraph.isEmpty()) {
            return;
        }
        String[] lines = paragraph.split("\n");
        boolean table = true;
        for (String line : lines) {
            table &= line.strip().startsWith("|");
        }
        if (table && lines.length >= 2) {
            out.append("<table>\n");
            boolean header = true;
            for (String line : lines) {
                String row = line.strip();
                if (separatorRow(row)) {
                    continue;
                }
                out.append("<tr>");
                for (String cell : cells(row)) {
                    out.append(header ? "<th>" : "<td>").append(escape(cell.strip()))
                            .append(header ? "</th>" : "</td>");
                }
                out.append("</tr>\n");
                header = false;
            }
            out.append("</table>\n");
            return;
        }
        out.append("<p>");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br>\n");
            }
            out.append(escape(lines[i]));
        }
        out.append("</p>\n");
    }

    private static String[] cells(String row) {
        String inner = row.substring(1);
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return inner.split("\\|", -1);
    }

    /** Escapes {@code & < > " '} for HTML text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String rep;
            switch (c) {
                case '&':
                    rep = "&amp;";
                    break;
                case '<':
                    rep = "&lt;";
                    break;
                case '>':
                    rep = "&gt;";
                    break;
                case '"':
                    rep = "&quot;";
                    break;
                case '\'':
                    rep = "&#39;";
                    break;
                default:
                    rep = null;
            }
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
