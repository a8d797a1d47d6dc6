package io.pactum.examples.crm;

import io.pactum.spi.TenantId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The idempotency keys an adapter has delivered, per tenant (keys are unique per tenant only).
 * A key is claimed before the delivery and released if it fails, so a concurrent repeat is
 * dropped and the outbox's retry of a failed delivery still goes out. A CRM keeps this in a table
 * with a unique key on (tenant, key); here it is memory.
 *
 * <p>Thread-safe.
 */
public final class DeliveredKeys {

    private final Set<String> claimed = ConcurrentHashMap.newKeySet();

    /** Creates an empty set. */
    public DeliveredKeys() {
    }

    /**
     * Claims a key for delivery.
     *
     * @return {@code false} when it was delivered (or is being delivered) already: drop the message
     */
    public boolean claim(TenantId tenant, String key) {
        return claimed.add(id(tenant, key));
    }

    /** Gives a claimed key back after a failed delivery, so that the retry is delivered. */
    public void release(TenantId tenant, String key) {
        claimed.remove(id(tenant, key));
    }

    private static String id(TenantId tenant, String key) {
        // the tenant id cannot contain a line feed: the pair is unambiguous
        return tenant.value() + "\n" + key;
    }
}
