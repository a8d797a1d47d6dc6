package io.pactum.examples.crm;

import java.util.Objects;

/**
 * A rendered message handed to one channel.
 *
 * @param channel the channel name ({@code wecom}, {@code email})
 * @param address the channel's address of the recipient
 * @param subject the subject line
 * @param body the text
 * @param idempotencyKey the notification's key, passed on so the provider can drop repeats too
 */
public record OutgoingMessage(String channel, String address, String subject, String body, String idempotencyKey) {

    /** Checks presence. */
    public OutgoingMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
