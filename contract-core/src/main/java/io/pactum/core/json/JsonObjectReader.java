package io.pactum.core.json;

import static io.pactum.core.internal.Checks.abbreviate;

import io.pactum.core.error.JsonPointer;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ErrorCode;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one JSON object of a Pactum format, strictly, collecting every problem with its JSON
 * pointer instead of stopping at the first.
 *
 * <p>Each accessor marks its property as known. When the document has been mapped,
 * {@link JsonInput} reports every property nobody asked for as
 * {@link CoreError#JSON_UNKNOWN_PROPERTY}: a typo in a file is an error, never silently ignored.
 * A missing required property, a value of the wrong type or an unparseable value is recorded and
 * the accessor returns {@code null} (or an empty list), so mapping goes on and finds the next
 * problem; {@link #build(Supplier)} turns the value's own invariant checks into violations too.
 *
 * <p>Values are read exactly: numbers as {@link BigDecimal}, dates as ISO-8601
 * ({@code 2026-11-22}), periods as ISO-8601 ({@code P1Y}, {@code P30D}), money as
 * {@code {"amount": "1200.00", "currency": "CNY"}}, enums by constant name.
 *
 * <p>Not thread-safe: a document is read on one thread.
 */
public final class JsonObjectReader {

    private final JsonNode node;
    private final String pointer;
    private final JsonProblems problems;
    private final Set<String> known = new HashSet<>();

    JsonObjectReader(JsonNode node, String pointer, JsonProblems problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
        problems.opened(this);
    }

    /** The JSON pointer of this object, {@code ""} for the document root. */
    public String pointer() {
        return pointer;
    }

    /** The JSON pointer of a property of this object. */
    public String pointer(String name) {
        return JsonPointer.append(pointer, name);
    }

    /** Whether the property is present and not {@code null}; marks it as known. */
    public boolean has(String name) {
        known.add(name);
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** Marks properties as known without reading them (for example a {@code $schema} hint). */
    public void ignore(String... names) {
        known.addAll(Arrays.asList(names));
    }

    /**
     * Marks every property of this object as known, so the ones nobody reads are not reported.
     * For readers of open formats whose writers only ever add fields: a receiver of
     * {@code pactum.event/v1} ignores fields it does not know. Applies to this object only; call
     * it on each nested object read the same way. Types of the properties read stay checked.
     */
    public void ignoreOtherProperties() {
        ignoreAll();
    }

    /** A required string. */
    public @Nullable String string(String name) {
        JsonNode v = required(name);
        return v == null ? null : text(name, v);
    }

    /** An optional string; {@code null} when absent. */
    public @Nullable String optString(String name) {
        JsonNode v = optional(name);
        return v == null ? null : text(name, v);
    }

    /** An optional string with a default. */
    public String string(String name, String defaultValue) {
        String s = optString(name);
        return s == null ? defaultValue : s;
    }

    /** A required exact number. */
    public @Nullable BigDecimal decimal(String name) {
        JsonNode v = required(name);
        return v == null ? null : number(name, v);
    }

    /** An optional exact number; {@code null} when absent. */
    public @Nullable BigDecimal optDecimal(String name) {
        JsonNode v = optional(name);
        return v == null ? null : number(name, v);
    }

    /** A required whole number in {@code [min, max]}. */
    public @Nullable Long integer(String name, long min, long max) {
        JsonNode v = required(name);
        return v == null ? null : whole(name, v, min, max);
    }

    /** An optional whole number in {@code [min, max]}; {@code null} when absent. */
    public @Nullable Long optInteger(String name, long min, long max) {
        JsonNode v = optional(name);
        return v == null ? null : whole(name, v, min, max);
    }

    /** An optional boolean with a default. */
    public boolean bool(String name, boolean defaultValue) {
        JsonNode v = optional(name);
        if (v == null) {
            return defaultValue;
        }
        if (!v.isBoolean()) {
            wrongType(name, v, "true or false");
            return defaultValue;
        }
        return v.booleanValue();
    }

    /** A required ISO-8601 date such as {@code 2026-11-22}. */
    public @Nullable LocalDate date(String name) {
        String s = string(name);
        return s == null ? null : parse(name, s, LocalDate::parse, "an ISO date such as 2026-11-22");
    }

    /** An optional ISO-8601 date; {@code null} when absent. */
    public @Nullable LocalDate optDate(String name) {
        String s = optString(name);
        return s == null ? null : parse(name, s, LocalDate::parse, "an ISO date such as 2026-11-22");
    }

    /** A required ISO-8601 instant such as {@code 2026-11-22T09:00:00Z}. */
    public @Nullable Instant instant(String name) {
        String s = string(name);
        return s == null ? null : parse(name, s, Instant::parse, "an ISO instant such as 2026-11-22T09:00:00Z");
    }

    /** An optional ISO-8601 instant; {@code null} when absent. */
    public @Nullable Instant optInstant(String name) {
        String s = optString(name);
        return s == null ? null : parse(name, s, Instant::parse, "an ISO instant such as 2026-11-22T09:00:00Z");
    }

    /** A required ISO-8601 period such as {@code P1Y} or {@code P30D}. */
    public @Nullable Period period(String name) {
        String s = string(name);
        return s == null ? null : parse(name, s, Period::parse, "an ISO period such as P1Y or P30D");
    }

    /** An optional ISO-8601 period; {@code null} when absent. */
    public @Nullable Period optPeriod(String name) {
        String s = optString(name);
        return s == null ? null : parse(name, s, Period::parse, "an ISO period such as P1Y or P30D");
    }

    /** A required ISO-8601 duration such as {@code PT48H}. */
    public @Nullable Duration duration(String name) {
        String s = string(name);
        return s == null ? null : parse(name, s, Duration::parse, "an ISO duration such as PT48H");
    }

    /** An optional ISO-8601 duration; {@code null} when absent. */
    public @Nullable Duration optDuration(String name) {
        String s = optString(name);
        return s == null ? null : parse(name, s, Duration::parse, "an ISO duration such as PT48H");
    }

    /** A required amount of money: {@code {"amount": "1200.00", "currency": "CNY"}}. */
    public @Nullable Money money(String name) {
        JsonObjectReader o = object(name);
        return o == null ? null : o.asMoney();
    }

    /** An optional amount of money; {@code null} when absent. */
    public @Nullable Money optMoney(String name) {
        JsonObjectReader o = optObject(name);
        return o == null ? null : o.asMoney();
    }

    /** Reads this object itself as money: {@code {"amount": "1200.00", "currency": "CNY"}}. */
    public @Nullable Money asMoney() {
        String currency = string("currency");
        JsonNode amountNode = required("amount");
        if (currency == null || amountNode == null) {
            return null;
        }
        BigDecimal amount;
        if (amountNode.isNumber()) {
            amount = JsonValueReader.exact(amountNode, pointer("amount"), problems);
            if (amount == null) {
                return null;
            }
        } else if (amountNode.isString()) {
            try {
                amount = Money.of(amountNode.stringValue(), currency).amount();
            } catch (PactumException e) {
                problems.add(e.errorCode() == CoreError.UNSUPPORTED_CURRENCY ? pointer("currency") : pointer("amount"),
                        e.errorCode(), stripCode(e));
                return null;
            }
        } else {
            wrongType("amount", amountNode, "a decimal string or number");
            return null;
        }
        try {
            return Money.of(amount, Money.currency(currency));
        } catch (PactumException e) {
            problems.add(e.errorCode() == CoreError.UNSUPPORTED_CURRENCY ? pointer("currency") : pointer("amount"),
                    e.errorCode(), e.getMessage());
            return null;
        }
    }

    /** A required enum constant, written by its constant name ({@code SELL_SIDE}). */
    public <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type) {
        String s = string(name);
        return s == null ? null : toEnum(name, s, type);
    }

    /** An optional enum constant with a default. */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type, E defaultValue) {
        String s = optString(name);
        if (s == null) {
            return defaultValue;
        }
        E e = toEnum(name, s, type);
        return e == null ? defaultValue : e;
    }

    /** A required nested object. */
    public @Nullable JsonObjectReader object(String name) {
        JsonNode v = required(name);
        return v == null ? null : asObject(name, v);
    }

    /** An optional nested object; {@code null} when absent. */
    public @Nullable JsonObjectReader optObject(String name) {
        JsonNode v = optional(name);
        return v == null ? null : asObject(name, v);
    }

    /** A required array of objects (may be empty). */
    public List<JsonObjectReader> objects(String name) {
        JsonNode v = required(name);
        return v == null ? List.of() : objectArray(name, v);
    }

    /** An optional array of objects; empty when absent. */
    public List<JsonObjectReader> optObjects(String name) {
        JsonNode v = optional(name);
        return v == null ? List.of() : objectArray(name, v);
    }

    /** An optional array of strings; empty when absent. Elements of the wrong type are recorded. */
    public List<String> strings(String name) {
        return values(name).stream()
                .map(JsonValueReader::asString)
                .filter(s -> s != null)
                .collect(Collectors.toList());
    }

    /** An optional array of any values; empty when absent. */
    public List<JsonValueReader> values(String name) {
        JsonNode v = optional(name);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            wrongType(name, v, "an array");
            return List.of();
        }
        return new JsonValueReader(v, pointer(name), problems).asArray();
    }

    /** A required value of any type. */
    public @Nullable JsonValueReader value(String name) {
        JsonNode v = required(name);
        return v == null ? null : new JsonValueReader(v, pointer(name), problems);
    }

    /**
     * An optional object read as a map from property names to values of any type, in document
     * order; empty when absent. Used for open maps such as custom attributes.
     */
    public Map<String, JsonValueReader> map(String name) {
        JsonNode v = optional(name);
        if (v == null) {
            return Map.of();
        }
        if (!v.isObject()) {
            wrongType(name, v, "an object");
            return Map.of();
        }
        Map<String, JsonValueReader> result = new LinkedHashMap<>();
        String base = pointer(name);
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            String key = e.getKey();
            result.put(key, new JsonValueReader(e.getValue(), JsonPointer.append(base, key), problems));
        }
        return result;
    }

    /**
     * Reads a polymorphic object by its registered kind name: the property {@code kind} selects
     * the reader. Unknown names are {@link CoreError#JSON_UNKNOWN_KIND}, listing the known ones.
     * No class names, no reflection.
     *
     * @param kinds the registered kind names and how to read each
     */
    public <T> @Nullable T kind(Map<String, Function<JsonObjectReader, @Nullable T>> kinds) {
        String kind = string("kind");
        if (kind == null) {
            return null;
        }
        Function<JsonObjectReader, @Nullable T> reader = kinds.get(kind);
        if (reader == null) {
            problems.add(pointer("kind"), CoreError.JSON_UNKNOWN_KIND, "unknown kind \"" + abbreviate(kind)
                    + "\"; expected one of " + kinds.keySet().stream().sorted().collect(Collectors.joining(", ")));
            ignoreAll();
            return null;
        }
        return reader.apply(this);
    }

    /**
     * Builds a value from what was read, turning the value's own invariant checks into violations
     * at this object. If earlier problems left a required part missing, the attempt's failure is
     * a consequence of them and is not reported again.
     *
     * @return the value, or {@code null} when it could not be built
     */
    public <T> @Nullable T build(Supplier<T> constructor) {
        boolean hadProblems = problems.any();
        try {
            return constructor.get();
        } catch (PactumException e) {
            String at = e.path().isEmpty() || e.path().startsWith("[") ? pointer : pointerFromPath(e.path());
            problems.add(at, e.errorCode(), stripCode(e));
            return null;
        } catch (RuntimeException e) {
            if (hadProblems) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Like {@link #build(Supplier)}, but reports a failure at the property {@code name}: for values
     * read from one property, such as an id from {@code "id"}.
     */
    public <T> @Nullable T build(String name, Supplier<T> constructor) {
        boolean hadProblems = problems.any();
        try {
            return constructor.get();
        } catch (PactumException e) {
            problems.add(pointer(name), e.errorCode(), stripCode(e));
            return null;
        } catch (RuntimeException e) {
            if (hadProblems) {
                return null;
            }
            throw e;
        }
    }

    /** Records a violation at a property of this object. */
    public void error(String name, ErrorCode code, String message) {
        problems.add(name.isEmpty() ? pointer : pointer(name), code, message);
    }

    void reportUnknownProperties() {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(pointer(name), CoreError.JSON_UNKNOWN_PROPERTY,
                        "unknown property \"" + abbreviate(name) + "\"");
            }
        }
    }

    private void ignoreAll() {
        known.addAll(node.propertyNames());
    }

    private @Nullable JsonNode required(String name) {
        known.add(name);
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            problems.add(pointer(name), CoreError.REQUIRED, "\"" + name + "\" is required");
            return null;
        }
        return v;
    }

    private @Nullable JsonNode optional(String name) {
        known.add(name);
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    private @Nullable String text(String name, JsonNode v) {
        if (!v.isString()) {
            wrongType(name, v, "a string");
            return null;
        }
        return v.stringValue();
    }

    private @Nullable BigDecimal number(String name, JsonNode v) {
        if (!v.isNumber()) {
            wrongType(name, v, "a number");
            return null;
        }
        return JsonValueReader.exact(v, pointer(name), problems);
    }

    private @Nullable Long whole(String name, JsonNode v, long min, long max) {
        BigDecimal d = number(name, v);
        if (d == null) {
            return null;
        }
        try {
            long value = d.longValueExact();
            if (value < min || value > max) {
                problems.add(pointer(name), CoreError.OUT_OF_RANGE,
                        "must be between " + min + " and " + max + ", got " + value);
                return null;
            }
            return value;
        } catch (ArithmeticException e) {
            problems.add(pointer(name), CoreError.JSON_BAD_VALUE, "expected a whole number, got " + d.toPlainString());
            return null;
        }
    }

    private @Nullable JsonObjectReader asObject(String name, JsonNode v) {
        if (!v.isObject()) {
            wrongType(name, v, "an object");
            return null;
        }
        return new JsonObjectReader(v, pointer(name), problems);
    }

    private List<JsonObjectReader> objectArray(String name, JsonNode v) {
        if (!v.isArray()) {
            wrongType(name, v, "an array");
            return List.of();
        }
        List<JsonObjectReader> result = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String at = pointer(name) + "/" + i;
            if (!item.isObject()) {
                problems.add(at, CoreError.JSON_WRONG_TYPE, "expected an object, got " + JsonValueReader.describe(item));
            } else {
                result.add(new JsonObjectReader(item, at, problems));
            }
        }
        return result;
    }

    private <T> @Nullable T parse(String name, String text, Function<String, T> parser, String expected) {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException | ArithmeticException e) {
            problems.add(pointer(name), CoreError.JSON_BAD_VALUE,
                    "expected " + expected + ", got \"" + abbreviate(text) + "\"");
            return null;
        }
    }

    private <E extends Enum<E>> @Nullable E toEnum(String name, String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problems.add(pointer(name), CoreError.NOT_ALLOWED, "\"" + abbreviate(text) + "\" is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    private void wrongType(String name, JsonNode v, String expected) {
        problems.add(pointer(name), CoreError.JSON_WRONG_TYPE, "expected " + expected + ", got "
                + JsonValueReader.describe(v));
    }

    /** Turns a field path such as {@code term.endDate} or {@code parties[1].name} into a pointer below this one. */
    private String pointerFromPath(String path) {
        String[] parts = path.replace("[", ".").replace("]", "").split("\\.");
        // A value's checks name its fields from the value's own viewpoint ("term.endDate" inside
        // the term): drop a leading segment that names this object itself.
        int start = 0;
        if (parts.length > 1 && pointer.endsWith("/" + parts[0])) {
            start = 1;
        }
        String result = pointer;
        for (int i = start; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                result = JsonPointer.append(result, parts[i]);
            }
        }
        return result;
    }

    private static String stripCode(PactumException e) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        return colon >= 0 ? m.substring(colon + 2) : m;
    }

}
