package io.pactum.core.contract.type;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A contract numbering pattern such as {@code SC-{yyyy}-{seq:6}}: literal text and placeholders
 * {@code {yyyy}}, {@code {yy}}, {@code {MM}}, {@code {dd}} for the date and exactly one
 * {@code {seq}} or {@code {seq:N}} for a sequence number zero-padded to N digits (1 to 12).
 *
 * <p>Literal text may hold letters, digits and {@code - _ / .}: numbers end up in file names,
 * URLs and other systems. The sequence is the host's: {@link #sequenceScope(LocalDate)} tells which
 * counter to use (for {@code SC-{yyyy}-{seq:6}} a new one each year).
 *
 * <p>Immutable and thread-safe.
 */
public final class NumberingPattern {

    private sealed interface Part permits Literal, DatePart, Sequence {
    }

    private record Literal(String text) implements Part {
    }

    private record DatePart(String token) implements Part {
    }

    private record Sequence(int width) implements Part {
    }

    private final String pattern;
    private final List<Part> parts;

    private NumberingPattern(String pattern, List<Part> parts) {
        this.pattern = pattern;
        this.parts = List.copyOf(parts);
    }

    /**
     * Parses a pattern.
     *
     * @throws PactumException {@link CoreError#BAD_NUMBERING_PATTERN} saying what is wrong and where
     */
    public static NumberingPattern parse(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isEmpty() || pattern.length() > 100) {
            throw bad(pattern, "must be 1 to 100 characters");
        }
        List<Part> parts = new ArrayList<>();
        int sequences = 0;
        int i = 0;
        StringBuilder literal = new StringBuilder();
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close < 0) {
                    throw bad(pattern, "'{' at " + i + " is not closed");
                }
                if (literal.length() > 0) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                String token = pattern.substring(i + 1, close);
                switch (token) {
                    case "yyyy", "yy", "MM", "dd" -> parts.add(new DatePart(token));
                    case "seq" -> {
                        parts.add(new Sequence(1));
                        sequences++;
                    }
                    default -> {
                        if (token.startsWith("seq:")) {
                            parts.add(new Sequence(width(pattern, token.substring(4))));
                            sequences++;
                        } else {
                            throw bad(pattern, "unknown placeholder {" + token + "}; expected yyyy, yy, MM, dd, seq or seq:N");
                        }
                    }
                }
                i = close + 1;
            } else {
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '-' || c == '_' || c == '/' || c == '.';
                if (!ok) {
                    throw bad(pattern, "character '" + c + "' at " + i + " is not allowed; use letters, digits and - _ / .");
                }
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
        }
        if (sequences != 1) {
            throw bad(pattern, "must hold exactly one {seq} or {seq:N}, found " + sequences);
        }
        return new NumberingPattern(pattern, parts);
    }

    /**
     * The contract number for a date and a sequence number.
     *
     * @param date the date the number is given (usually the drafting date)
     * @param sequence the sequence number, at least 1; wider than the padding is printed in full
     */
    public String format(LocalDate date, long sequence) {
        Objects.requireNonNull(date, "date");
        if (sequence < 1) {
            throw new PactumException(CoreError.OUT_OF_RANGE, "sequence", "sequence must be at least 1, got " + sequence);
        }
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal l) {
                sb.append(l.text());
            } else if (part instanceof DatePart d) {
                sb.append(datePart(d.token(), date));
            } else if (part instanceof Sequence s) {
                String digits = Long.toString(sequence);
                sb.append("0".repeat(Math.max(0, s.width() - digits.length()))).append(digits);
            }
        }
        return sb.toString();
    }

    /**
     * The scope of the sequence counter on a date: the pattern with its date placeholders filled
     * and the sequence left as {@code {seq}}. Two dates with the same scope share one counter.
     */
    public String sequenceScope(LocalDate date) {
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal l) {
                sb.append(l.text());
            } else if (part instanceof DatePart d) {
                sb.append(datePart(d.token(), date));
            } else {
                sb.append("{seq}");
            }
        }
        return sb.toString();
    }

    /** The pattern text. */
    public String pattern() {
        return pattern;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberingPattern other && other.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static String datePart(String token, LocalDate date) {
        return switch (token) {
            case "yyyy" -> String.format("%04d", date.getYear());
            case "yy" -> String.format("%02d", Math.floorMod(date.getYear(), 100));
            case "MM" -> String.format("%02d", date.getMonthValue());
            default -> String.format("%02d", date.getDayOfMonth());
        };
    }

    private static int width(String pattern, String text) {
        try {
            int w = Integer.parseInt(text);
            if (w >= 1 && w <= 12) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(pattern, "{seq:N} needs N from 1 to 12, got \"" + text + "\"");
    }

    private static PactumException bad(String pattern, String message) {
        return new PactumException(CoreError.BAD_NUMBERING_PATTERN, "numbering",
                "numbering pattern \"" + (pattern.length() > 40 ? pattern.substring(0, 40) + "…" : pattern) + "\" " + message);
    }
}
