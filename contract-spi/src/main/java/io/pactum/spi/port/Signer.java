package io.pactum.spi.port;

import io.pactum.core.contract.PartyId;
import java.util.Objects;

/**
 * A person asked to sign, for a party.
 *
 * <p>Immutable and thread-safe.
 *
 * @param party the party the signer signs for
 * @param name the signer's name
 * @param contact where the e-signature provider reaches the signer (an e-mail address or phone number)
 */
public record Signer(PartyId party, String name, String contact) {

    /** Checks presence. */
    public Signer {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contact, "contact");
    }
}
