package io.pactum.core.json;

import io.pactum.core.error.CoreError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One JSON value of any type, at a known JSON pointer: used where a format allows values of
 * several types, such as custom attributes.
 *
 * <p>Not thread-safe: a document is read on one thread.
 */
public final class JsonValueReader {

    /** The JSON type of a value. */
    public enum Type {
        /** A string. */
        STRING,
        /** A number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** An object. */
        OBJECT,
        /** An array. */
        ARRAY,
        /** {@code null}. */
        NULL
    }

    private final JsonNode node;
    private final String pointer;
    private final JsonProblems problems;

    JsonValueReader(JsonNode node, String pointer, JsonProblems problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    /** The JSON pointer of this value, for example {@code /customFields/region}. */
    public String pointer() {
        return pointer;
    }

    /** The JSON type of this value. */
    public Type type() {
        if (node.isString()) {
            return Type.STRING;
        } else if (node.isNumber()) {
            return Type.NUMBER;
        } else if (node.isBoolean()) {
            return Type.BOOLEAN;
        } else if (node.isObject()) {
            return Type.OBJECT;
        } else if (node.isArray()) {
            return Type.ARRAY;
        }
        return Type.NULL;
    }

    /** The string, or {@code null} (and a recorded violation) if this is not a string. */
    public @Nullable String asString() {
        if (!node.isString()) {
            wrongType("a string");
            return null;
        }
        return node.stringValue();
    }

    /**
     * The exact number, or {@code null} (and a recorded violation) if this is not a number or one
     * beyond {@link #MAX_PLAIN_DIGITS} digits either side of the decimal point.
     */
    public @Nullable BigDecimal asDecimal() {
        if (!node.isNumber()) {
            wrongType("a number");
            return null;
        }
        return exact(node, pointer, problems);
    }

    /**
     * The most digits a number may have before or after its decimal point when written out in full.
     * The literal itself is short ({@link JsonLimits#maxNumberLength()}), but an exponent such as
     * {@code 1e999999999} makes a value whose plain form, minor-unit scaling or allocation needs
     * a billion digits: minutes of CPU and gigabytes from a 12-byte input.
     */
    static final int MAX_PLAIN_DIGITS = 1000;

    /** The node's number, or {@code null} with a {@link CoreError#JSON_LIMIT} violation when too large or too fine. */
    static @Nullable BigDecimal exact(JsonNode node, String pointer, JsonProblems problems) {
        BigDecimal d = node.decimalValue();
        if (d.signum() != 0 && (d.precision() - d.scale() > MAX_PLAIN_DIGITS || d.scale() > MAX_PLAIN_DIGITS)) {
            problems.add(pointer, CoreError.JSON_LIMIT, "number has more than " + MAX_PLAIN_DIGITS
                    + " digits before or after the decimal point when written out");
            return null;
        }
        return d;
    }

    /** The boolean, or {@code null} (and a recorded violation) if this is not a boolean. */
    public @Nullable Boolean asBoolean() {
        if (!node.isBoolean()) {
            wrongType("true or false");
            return null;
        }
        return node.booleanValue();
    }

    /** This value as an object, or {@code null} (and a recorded violation) if it is not one. */
    public @Nullable JsonObjectReader asObject() {
        if (!node.isObject()) {
            wrongType("an object");
            return null;
        }
        return new JsonObjectReader(node, pointer, problems);
    }

    /** The elements of this array, or an empty list (and a recorded violation) if it is not one. */
    public List<JsonValueReader> asArray() {
        if (!node.isArray()) {
            wrongType("an array");
            return List.of();
        }
        List<JsonValueReader> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(new JsonValueReader(node.get(i), pointer + "/" + i, problems));
        }
        return items;
    }

    /** Records a violation at this value. */
    public void error(io.pactum.core.error.ErrorCode code, String message) {
        problems.add(pointer, code, message);
    }

    void wrongType(String expected) {
        problems.add(pointer, CoreError.JSON_WRONG_TYPE, "expected " + expected + ", got " + describe(node));
    }

    static String describe(JsonNode node) {
        if (node.isString()) {
            return "a string";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isBoolean()) {
            return "a boolean";
        } else if (node.isObject()) {
            return "an object";
        } else if (node.isArray()) {
            return "an array";
        }
        return "null";
    }
}
