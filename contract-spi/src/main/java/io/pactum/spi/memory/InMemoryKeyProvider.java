package io.pactum.spi.memory;

import io.pactum.spi.CallContext;
import io.pactum.spi.port.KeyProvider;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

/**
 * The reference key provider: keys held in memory, one of them current. For tests only: real
 * deployments keep keys in a key management service.
 *
 * <p>Thread-safe.
 */
public final class InMemoryKeyProvider implements KeyProvider {

    private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();
    private volatile String current;

    private InMemoryKeyProvider(String keyId, SecretKey key) {
        this.current = keyId;
        keys.put(keyId, key);
    }

    /**
     * A provider whose current key is {@code key}.
     *
     * @param keyId the key's id
     * @param key the key
     */
    public static InMemoryKeyProvider of(String keyId, SecretKey key) {
        return new InMemoryKeyProvider(Objects.requireNonNull(keyId, "keyId"), Objects.requireNonNull(key, "key"));
    }

    /** Adds a key and makes it current; earlier keys stay readable for old values. */
    public InMemoryKeyProvider rotateTo(String keyId, SecretKey key) {
        keys.put(Objects.requireNonNull(keyId, "keyId"), Objects.requireNonNull(key, "key"));
        current = keyId;
        return this;
    }

    @Override
    public String currentKeyId(CallContext ctx) {
        return current;
    }

    @Override
    public Optional<SecretKey> key(CallContext ctx, String keyId) {
        return Optional.ofNullable(keys.get(Objects.requireNonNull(keyId, "keyId")));
    }
}
