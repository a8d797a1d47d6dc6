package io.pactum.spi.port;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.UserId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A message to a person. The host renders it from the template key and parameters in its own
 * channels (in-app, e-mail, SMS, WeCom…).
 *
 * <p>Immutable and thread-safe.
 *
 * @param idempotencyKey the key the channel uses to drop a repeated delivery
 * @param recipient who receives it
 * @param channel the channel name, for example {@code email} or {@code in-app}
 * @param templateKey the host's template, for example {@code contract.rejected}
 * @param parameters the template's values, sorted by name
 * @param contractId the contract it is about
 */
public record Notification(String idempotencyKey, UserId recipient, String channel, String templateKey,
        Map<String, String> parameters, ContractId contractId) implements OutboxMessage {

    /** Checks presence and copies the parameters. */
    public Notification {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(templateKey, "templateKey");
        Objects.requireNonNull(contractId, "contractId");
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(parameters, "parameters")));
    }
}
