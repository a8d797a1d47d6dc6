package io.pactum.spi;

import io.pactum.core.contract.UserId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What every port call and every runtime command carries: for which tenant, on behalf of whom,
 * under which correlation id, whether for real, and an open attribute map so that signatures stay
 * stable when hosts need to pass more (a request id, a locale, a channel).
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenant the tenant
 * @param actor the person acting; system jobs use a technical user such as {@code system}
 * @param correlationId ties log lines, audit entries and events of one request together
 * @param dryRun when {@code true} a command is checked and computed but nothing is written
 * @param attributes free host attributes, sorted by name
 */
public record CallContext(TenantId tenant, UserId actor, String correlationId, boolean dryRun,
        Map<String, String> attributes) {

    /** Checks presence and copies the attributes. */
    public CallContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(correlationId, "correlationId");
        attributes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(attributes, "attributes")));
    }

    /**
     * A context for a real (not dry-run) call without attributes.
     *
     * @param tenant the tenant
     * @param actor the person acting
     * @param correlationId the correlation id
     */
    public static CallContext of(TenantId tenant, UserId actor, String correlationId) {
        return new CallContext(tenant, actor, correlationId, false, Map.of());
    }

    /** The same context as a dry run. */
    public CallContext asDryRun() {
        return new CallContext(tenant, actor, correlationId, true, attributes);
    }

    /** The same context for another actor. */
    public CallContext withActor(UserId newActor) {
        return new CallContext(tenant, newActor, correlationId, dryRun, attributes);
    }

    /** The same context with one more attribute. */
    public CallContext withAttribute(String name, String value) {
        Map<String, String> more = new TreeMap<>(attributes);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new CallContext(tenant, actor, correlationId, dryRun, more);
    }

    /** An attribute, if set. */
    public Optional<String> attribute(String name) {
        @Nullable String value = attributes.get(name);
        return Optional.ofNullable(value);
    }
}
