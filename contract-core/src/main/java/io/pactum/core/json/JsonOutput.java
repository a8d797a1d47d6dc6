package io.pactum.core.json;

import java.io.StringWriter;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry point for writing a Pactum JSON format: hands a {@link JsonObjectWriter} for the root
 * object to a writing function and returns the text. Output is deterministic: properties in the
 * order written, numbers in plain notation.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonOutput {

    private static final JsonOutput COMPACT = new JsonOutput(false);
    private static final JsonOutput PRETTY = new JsonOutput(true);

    private final JsonMapper mapper;

    private JsonOutput(boolean pretty) {
        JsonMapper.Builder builder = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
        if (pretty) {
            builder.enable(SerializationFeature.INDENT_OUTPUT);
        }
        this.mapper = builder.build();
    }

    /** Compact output: no whitespace. */
    public static JsonOutput compact() {
        return COMPACT;
    }

    /** Indented output, for files people read. */
    public static JsonOutput pretty() {
        return PRETTY;
    }

    /**
     * Writes one JSON object.
     *
     * @param body writes the root object's properties
     * @return the JSON text
     */
    public String write(Consumer<JsonObjectWriter> body) {
        Objects.requireNonNull(body, "body");
        StringWriter out = new StringWriter(256);
        try (JsonGenerator generator = mapper.createGenerator(out)) {
            generator.writeStartObject();
            body.accept(new JsonObjectWriter(generator));
            generator.writeEndObject();
        }
        return out.toString();
    }
}
