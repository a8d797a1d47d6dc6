package io.pactum.examples.quickstart.ledger;

/** Escaping for text placed in HTML element content and attribute values. */
final class Html {

    private Html() {
    }

    /** Escapes {@code & < > " '} so no text can open a tag, close an attribute or start an entity. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
