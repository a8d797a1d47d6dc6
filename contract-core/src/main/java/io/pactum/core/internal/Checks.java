package io.pactum.core.internal;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.util.Objects;

/** Argument checks shared by the value types of the core; not API. */
public final class Checks {

    /** The longest identifier accepted anywhere. */
    public static final int MAX_ID_LENGTH = 64;

    private Checks() {
    }

    /** A text cut to 60 characters for messages, so a huge bad value cannot flood a log or a report. */
    public static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /**
     * Checks an identifier: 1 to 64 characters of letters, digits and {@code . _ : -}. Ids end up in
     * file names, URLs, log lines and idempotency keys, so anything else is refused.
     *
     * @param value the identifier
     * @param what the name of the field, for the message
     * @return the identifier
     */
    public static String id(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.length() > MAX_ID_LENGTH) {
            throw new PactumException(CoreError.MALFORMED_ID, what,
                    what + " must be 1 to " + MAX_ID_LENGTH + " characters, got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!ok) {
                throw new PactumException(CoreError.MALFORMED_ID, what,
                        what + " may hold only letters, digits and . _ : - but has '" + c + "' at " + i);
            }
        }
        return value;
    }
}
