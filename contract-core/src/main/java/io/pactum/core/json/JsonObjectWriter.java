package io.pactum.core.json;

import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the properties of one JSON object in a Pactum format. Methods named {@code opt…} write
 * nothing for {@code null}, so optional values stay absent rather than {@code null}. Values are
 * written in the forms {@link JsonObjectReader} reads.
 *
 * <p>Not thread-safe: a document is written on one thread.
 */
public final class JsonObjectWriter {

    private final JsonGenerator out;

    JsonObjectWriter(JsonGenerator out) {
        this.out = out;
    }

    /** A string property. */
    public JsonObjectWriter string(String name, String value) {
        out.writeName(name);
        out.writeString(Objects.requireNonNull(value, name));
        return this;
    }

    /** A string property, omitted when {@code null}. */
    public JsonObjectWriter optString(String name, @Nullable String value) {
        return value == null ? this : string(name, value);
    }

    /** An exact number, in plain notation. */
    public JsonObjectWriter decimal(String name, BigDecimal value) {
        out.writeName(name);
        out.writeNumber(Objects.requireNonNull(value, name));
        return this;
    }

    /** An exact number, omitted when {@code null}. */
    public JsonObjectWriter optDecimal(String name, @Nullable BigDecimal value) {
        return value == null ? this : decimal(name, value);
    }

    /** A whole number. */
    public JsonObjectWriter integer(String name, long value) {
        out.writeName(name);
        out.writeNumber(value);
        return this;
    }

    /** A whole number, omitted when {@code null}. */
    public JsonObjectWriter optInteger(String name, @Nullable Long value) {
        return value == null ? this : integer(name, value);
    }

    /** A boolean. */
    public JsonObjectWriter bool(String name, boolean value) {
        out.writeName(name);
        out.writeBoolean(value);
        return this;
    }

    /** An ISO-8601 date. */
    public JsonObjectWriter date(String name, LocalDate value) {
        return string(name, value.toString());
    }

    /** An ISO-8601 date, omitted when {@code null}. */
    public JsonObjectWriter optDate(String name, @Nullable LocalDate value) {
        return value == null ? this : date(name, value);
    }

    /** An ISO-8601 instant. */
    public JsonObjectWriter instant(String name, Instant value) {
        return string(name, value.toString());
    }

    /** An ISO-8601 instant, omitted when {@code null}. */
    public JsonObjectWriter optInstant(String name, @Nullable Instant value) {
        return value == null ? this : instant(name, value);
    }

    /** An ISO-8601 period. */
    public JsonObjectWriter period(String name, Period value) {
        return string(name, value.toString());
    }

    /** An ISO-8601 period, omitted when {@code null}. */
    public JsonObjectWriter optPeriod(String name, @Nullable Period value) {
        return value == null ? this : period(name, value);
    }

    /** An ISO-8601 duration. */
    public JsonObjectWriter duration(String name, Duration value) {
        return string(name, value.toString());
    }

    /** Money as {@code {"amount": "1200.00", "currency": "CNY"}}; the amount is a string so no reader parses it as a float. */
    public JsonObjectWriter money(String name, Money value) {
        return object(name, o -> o.moneyFields(value));
    }

    /** Money, omitted when {@code null}. */
    public JsonObjectWriter optMoney(String name, @Nullable Money value) {
        return value == null ? this : money(name, value);
    }

    /** Writes the two properties of money into this object. */
    public JsonObjectWriter moneyFields(Money value) {
        string("amount", value.amount().toPlainString());
        return string("currency", value.currency().getCurrencyCode());
    }

    /** An enum constant by its name. */
    public JsonObjectWriter enumValue(String name, Enum<?> value) {
        return string(name, value.name());
    }

    /** A nested object. */
    public JsonObjectWriter object(String name, Consumer<JsonObjectWriter> body) {
        out.writeName(name);
        out.writeStartObject();
        body.accept(this);
        out.writeEndObject();
        return this;
    }

    /** An array of objects, one per item. */
    public <T> JsonObjectWriter objects(String name, Iterable<T> items, BiConsumer<JsonObjectWriter, T> body) {
        out.writeName(name);
        out.writeStartArray();
        for (T item : items) {
            out.writeStartObject();
            body.accept(this, item);
            out.writeEndObject();
        }
        out.writeEndArray();
        return this;
    }

    /** An array of strings. */
    public JsonObjectWriter strings(String name, Iterable<String> items) {
        out.writeName(name);
        out.writeStartArray();
        for (String item : items) {
            out.writeString(item);
        }
        out.writeEndArray();
        return this;
    }

    /**
     * An object whose properties come from a map, in the map's iteration order; each value is
     * written by {@code body} with {@link #valueOf} or as a nested object.
     */
    public <V> JsonObjectWriter map(String name, Map<String, V> entries, BiConsumer<JsonValueWriter, V> body) {
        out.writeName(name);
        out.writeStartObject();
        for (Map.Entry<String, V> e : entries.entrySet()) {
            out.writeName(e.getKey());
            body.accept(new JsonValueWriter(out), e.getValue());
        }
        out.writeEndObject();
        return this;
    }

    /** Writes one value in an open map; see {@link JsonObjectWriter#map}. */
    public static final class JsonValueWriter {
        private final JsonGenerator out;

        JsonValueWriter(JsonGenerator out) {
            this.out = out;
        }

        /** A string value. */
        public void string(String value) {
            out.writeString(value);
        }

        /** A number value. */
        public void decimal(BigDecimal value) {
            out.writeNumber(value);
        }

        /** A boolean value. */
        public void bool(boolean value) {
            out.writeBoolean(value);
        }

        /** An object value. */
        public void object(Consumer<JsonObjectWriter> body) {
            out.writeStartObject();
            body.accept(new JsonObjectWriter(out));
            out.writeEndObject();
        }
    }
}
