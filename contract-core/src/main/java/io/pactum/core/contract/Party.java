package io.pactum.core.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A party to a contract: our own legal entity, a customer, a supplier, a guarantor…
 *
 * @param id the party's id, unique within the contract
 * @param name the registered name
 * @param role the role the party plays
 * @param registrationNumber a registration number (such as a unified social credit code), if known
 * @param country the ISO 3166 alpha-2 country code, if known
 * @param contacts the people to talk to, possibly none
 */
public record Party(
        PartyId id,
        @NotBlank @Size(max = 300) String name,
        PartyRole role,
        @Size(max = 64) @Nullable String registrationNumber,
        @Size(min = 2, max = 2) @Nullable String country,
        @Size(max = 20) List<@Valid Contact> contacts) {

    /** Checks presence and copies the contacts. */
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts"));
    }

    /** A party with only an id, a name and a role. */
    public static Party of(String id, String name, PartyRole role) {
        return new Party(PartyId.of(id), name, role, null, null, List.of());
    }
}
