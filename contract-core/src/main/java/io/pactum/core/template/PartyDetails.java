package io.pactum.core.template;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value of a {@link VariableType#PARTY} variable: what a contract prints about a party.
 * Fields are reached in templates as {@code {{buyer.name}}}, {@code {{buyer.address}}},
 * {@code {{buyer.representative}}} and {@code {{buyer.registrationNumber}}}.
 *
 * @param name the legal name, not blank
 * @param address the registered address, or {@code null}
 * @param representative the legal or authorised representative, or {@code null}
 * @param registrationNumber the registration number (统一社会信用代码, company number), or {@code null}
 */
public record PartyDetails(String name, @Nullable String address, @Nullable String representative,
        @Nullable String registrationNumber) {

    /** Checks that the name is not blank. */
    public PartyDetails {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new PactumException(CoreError.REQUIRED, "name", "party name is blank");
        }
    }

    /** A party known only by name. */
    public static PartyDetails named(String name) {
        return new PartyDetails(name, null, null, null);
    }

    /** The field of this name ({@code name}, {@code address}, {@code representative}, {@code registrationNumber}). */
    public @Nullable String field(String field) {
        switch (field) {
            case "name":
                return name;
            case "address":
                return address;
            case "representative":
                return representative;
            case "registrationNumber":
                return registrationNumber;
            default:
                return null;
        }
    }

    /** Whether {@link #field(String)} knows this field name. */
    public static boolean hasField(String field) {
        return field.equals("name") || field.equals("address") || field.equals("representative")
                || field.equals("registrationNumber");
    }
}
