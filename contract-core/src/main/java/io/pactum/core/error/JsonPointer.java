package io.pactum.core.error;

/**
 * Builds JSON pointers (RFC 6901) for {@link Violation#path()}: {@code /parties/1/name}.
 * Thread-safe; no state.
 */
public final class JsonPointer {

    private JsonPointer() {
    }

    /**
     * The pointer to a child of {@code pointer}: a property name or an array index, escaped
     * ({@code ~} as {@code ~0}, {@code /} as {@code ~1}).
     *
     * @param pointer the parent pointer, {@code ""} for the document root
     * @param segment the property name or index
     */
    public static String append(String pointer, String segment) {
        return pointer + "/" + segment.replace("~", "~0").replace("/", "~1");
    }
}
