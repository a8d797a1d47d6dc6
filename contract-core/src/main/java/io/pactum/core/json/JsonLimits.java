package io.pactum.core.json;

/**
 * Parser limits applied to every JSON document Pactum reads, so that a hostile or broken file
 * fails fast with {@link io.pactum.core.error.CoreError#JSON_LIMIT} instead of exhausting memory.
 *
 * @param maxDocumentBytes the largest document accepted, in bytes
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number literal, in characters; whatever this limit, a number
 *     whose value needs more than 1000 digits before or after the point when written out (such as
 *     {@code 1e999999999}) is refused as {@link io.pactum.core.error.CoreError#JSON_LIMIT} at its pointer
 */
public record JsonLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

    /** 16 MiB documents, nesting depth 64, strings of 1 MiB, numbers of 100 characters. */
    public static final JsonLimits DEFAULT = new JsonLimits(16L * 1024 * 1024, 64, 1024 * 1024, 100);

    /** Checks that every limit is positive. */
    public JsonLimits {
        if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1) {
            throw new IllegalArgumentException("every JSON limit must be positive");
        }
    }
}
