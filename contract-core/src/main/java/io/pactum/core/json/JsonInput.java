package io.pactum.core.json;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry point for reading a Pactum JSON format: parses a document within {@link JsonLimits},
 * hands its root object to a mapping function, and throws one {@link ValidationException} with
 * <em>every</em> problem found (syntax, limits, unknown properties, wrong types, missing values,
 * the built values' own checks), each with its JSON pointer.
 *
 * <p>Parsing builds a plain tree: no data binding, no default typing, no class names from input.
 * Duplicate property names are errors. Numbers are read exactly.
 *
 * <p>Instances are immutable and thread-safe; reuse one per set of limits.
 */
public final class JsonInput {

    private static final JsonInput DEFAULT = new JsonInput(JsonLimits.DEFAULT);

    private final JsonLimits limits;
    private final JsonMapper mapper;

    private JsonInput(JsonLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /** Reading with {@link JsonLimits#DEFAULT}. */
    public static JsonInput standard() {
        return DEFAULT;
    }

    /** Reading with other limits. */
    public static JsonInput withLimits(JsonLimits limits) {
        return new JsonInput(Objects.requireNonNull(limits, "limits"));
    }

    /** The limits in force. */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Reads a document.
     *
     * @param what a short name of the format for messages ("contract", "approval policy")
     * @param json the document text
     * @param mapping maps the root object to the value; returns {@code null} only after recording problems
     * @return the value
     * @throws ValidationException with every problem found, each with its JSON pointer
     */
    public <T> T read(String what, String json, Function<JsonObjectReader, @Nullable T> mapping) {
        Objects.requireNonNull(json, "json");
        return read(what, json.getBytes(StandardCharsets.UTF_8), mapping);
    }

    /** Reads a document from UTF-8 bytes; see {@link #read(String, String, Function)}. */
    public <T> T read(String what, byte[] json, Function<JsonObjectReader, @Nullable T> mapping) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(mapping, "mapping");
        if (json.length > limits.maxDocumentBytes()) {
            throw new ValidationException(what, List.of(new Violation("", CoreError.JSON_LIMIT,
                    "document is " + json.length + " bytes, more than the limit of " + limits.maxDocumentBytes())));
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new ValidationException(what, List.of(new Violation("", CoreError.JSON_LIMIT,
                    e.getOriginalMessage() + at(e.getLocation()))));
        } catch (JacksonException e) {
            throw new ValidationException(what, List.of(new Violation("", CoreError.JSON_SYNTAX,
                    firstLine(e.getOriginalMessage()) + at(e.getLocation()))));
        }
        return map(what, root, mapping);
    }

    /**
     * Reads a document from a stream, at most {@link JsonLimits#maxDocumentBytes()} bytes of it.
     * The stream is not closed.
     */
    public <T> T read(String what, InputStream json, Function<JsonObjectReader, @Nullable T> mapping) {
        Objects.requireNonNull(json, "json");
        byte[] bytes;
        try {
            long max = limits.maxDocumentBytes();
            bytes = json.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return read(what, bytes, mapping);
    }

    private static <T> T map(String what, @Nullable JsonNode root, Function<JsonObjectReader, @Nullable T> mapping) {
        if (root == null || root.isMissingNode()) {
            throw new ValidationException(what, List.of(new Violation("", CoreError.JSON_SYNTAX, "document is empty")));
        }
        if (!root.isObject()) {
            throw new ValidationException(what, List.of(new Violation("", CoreError.JSON_WRONG_TYPE,
                    "expected an object at the top level, got " + JsonValueReader.describe(root))));
        }
        JsonProblems problems = new JsonProblems();
        T value = mapping.apply(new JsonObjectReader(root, "", problems));
        List<Violation> violations = problems.finish();
        ValidationException.throwIfAny(what, violations);
        if (value == null) {
            throw new IllegalStateException("mapping of " + what + " returned null without recording a problem");
        }
        return value;
    }

    private static String at(@Nullable TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
