package io.pactum.spi.port;

import io.pactum.spi.CallContext;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Supplies the keys for field encryption (coming in a later release): the key to encrypt with
 * now, and any earlier key by id to decrypt old values. Keys never leave the host's key store
 * through Pactum's logs or audit.
 *
 * <p>Implementations must be thread-safe.
 */
public interface KeyProvider {

    /** The id of the key to encrypt new values with, for the tenant. */
    String currentKeyId(CallContext ctx);

    /** A key by id. */
    Optional<SecretKey> key(CallContext ctx, String keyId);

    /** A provider without keys, for hosts that do not encrypt fields. */
    static KeyProvider none() {
        return new KeyProvider() {
            @Override
            public String currentKeyId(CallContext ctx) {
                return "none";
            }

            @Override
            public Optional<SecretKey> key(CallContext ctx, String keyId) {
                return Optional.empty();
            }
        };
    }
}
