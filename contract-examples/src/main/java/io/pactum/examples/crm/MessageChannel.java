package io.pactum.examples.crm;

/**
 * A channel client of the CRM: WeCom, an SMTP relay, an SMS gateway. Throws when the provider
 * refuses or cannot be reached.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface MessageChannel {

    /** Hands a rendered message to the provider. */
    void deliver(OutgoingMessage message);
}
