package io.pactum.core.contract.type;

import io.pactum.core.contract.AttributeValue;
import io.pactum.core.contract.AttributeValue.BooleanValue;
import io.pactum.core.contract.AttributeValue.MoneyValue;
import io.pactum.core.contract.AttributeValue.NumberValue;
import io.pactum.core.contract.AttributeValue.TextValue;
import io.pactum.core.contract.PartyId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks one custom field value against its definition. */
final class CustomFieldCheck {

    private CustomFieldCheck() {
    }

    static Optional<Violation> check(FieldDefinition f, AttributeValue value, Set<PartyId> partyIds, String path) {
        @Nullable String problem = switch (f.type()) {
            case STRING -> value instanceof TextValue t ? text(f, t.value(), false) : expected("a string", value);
            case TEXT -> value instanceof TextValue t ? text(f, t.value(), true) : expected("a string", value);
            case INTEGER -> value instanceof NumberValue n ? integer(f, n.value()) : expected("a whole number", value);
            case DECIMAL -> value instanceof NumberValue n ? bounds(f, n.value()) : expected("a number", value);
            case MONEY -> value instanceof MoneyValue m ? money(f, m) : expected("an amount of money", value);
            case DATE -> value instanceof TextValue t ? date(t.value()) : expected("an ISO date string", value);
            case BOOLEAN -> value instanceof BooleanValue ? null : expected("true or false", value);
            case ENUM -> value instanceof TextValue t ? choice(f, t.value()) : expected("one of " + f.allowedValues(), value);
            case PARTY_REFERENCE -> value instanceof TextValue t ? party(t.value(), partyIds) : expected("a party id", value);
        };
        if (problem == null) {
            return Optional.empty();
        }
        boolean typeProblem = problem.startsWith("expected ");
        return Optional.of(new Violation(path,
                typeProblem ? CoreError.FIELD_TYPE_MISMATCH : problemCode(f.type()), f.type() + " field \"" + f.name()
                + "\": " + problem));
    }

    private static CoreError problemCode(FieldType type) {
        return switch (type) {
            case ENUM, PARTY_REFERENCE -> CoreError.NOT_ALLOWED;
            case DATE -> CoreError.FIELD_TYPE_MISMATCH;
            default -> CoreError.OUT_OF_RANGE;
        };
    }

    private static String expected(String what, AttributeValue got) {
        String kind;
        if (got instanceof TextValue) {
            kind = "a string";
        } else if (got instanceof NumberValue) {
            kind = "a number";
        } else if (got instanceof BooleanValue) {
            kind = "a boolean";
        } else {
            kind = "an amount of money";
        }
        return "expected " + what + ", got " + kind;
    }

    private static @Nullable String text(FieldDefinition f, String s, boolean multiLine) {
        if (!multiLine && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
            return "must be one line";
        }
        int max = f.effectiveMaxLength();
        if (s.length() > max) {
            return "must be at most " + max + " characters, got " + s.length();
        }
        if (f.required() && s.isBlank()) {
            return "must not be blank";
        }
        return null;
    }

    private static @Nullable String integer(FieldDefinition f, BigDecimal n) {
        if (n.stripTrailingZeros().scale() > 0) {
            return "expected a whole number, got " + n.toPlainString();
        }
        return bounds(f, n);
    }

    private static @Nullable String bounds(FieldDefinition f, BigDecimal n) {
        if (f.min() != null && n.compareTo(f.min()) < 0) {
            return "must be at least " + f.min().toPlainString() + ", got " + n.toPlainString();
        }
        if (f.max() != null && n.compareTo(f.max()) > 0) {
            return "must be at most " + f.max().toPlainString() + ", got " + n.toPlainString();
        }
        return null;
    }

    private static @Nullable String money(FieldDefinition f, MoneyValue m) {
        if (f.currency() != null && !f.currency().equals(m.value().currency())) {
            return "must be in " + f.currency().getCurrencyCode() + ", got " + m.value().currency().getCurrencyCode();
        }
        return bounds(f, m.value().amount());
    }

    private static @Nullable String date(String s) {
        try {
            LocalDate.parse(s);
            return null;
        } catch (DateTimeParseException e) {
            return "expected an ISO date such as 2026-11-22, got \"" + abbreviate(s) + "\"";
        }
    }

    private static @Nullable String choice(FieldDefinition f, String s) {
        return f.allowedValues().contains(s) ? null : "\"" + abbreviate(s) + "\" is not one of " + f.allowedValues();
    }

    private static @Nullable String party(String s, Set<PartyId> partyIds) {
        for (PartyId id : partyIds) {
            if (id.value().equals(s)) {
                return null;
            }
        }
        return "no party with id \"" + abbreviate(s) + "\" in this contract";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
