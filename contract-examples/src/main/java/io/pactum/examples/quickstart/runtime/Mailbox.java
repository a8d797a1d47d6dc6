package io.pactum.examples.quickstart.runtime;

import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonOutput;
import io.pactum.core.json.JsonValueReader;
import io.pactum.spi.CallContext;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.port.ESignaturePort;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.IntegrationEventPort;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.NotificationPort;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.RecordStore;
import io.pactum.spi.port.SignatureRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The outside world of the quickstart: the e-mail server, the ERP that receives integration events
 * and the e-signature provider, in one adapter that keeps what it receives in the database (records
 * of kind {@value #KIND}, keyed by the message's idempotency key), so that a second run still knows
 * what the first one sent. It behaves as a receiver must: a repeated key is dropped and counted
 * ({@link #duplicatesDropped()}), never acted on twice.
 *
 * <p>A real host's adapters would call an SMTP server, a message broker and the e-signature
 * provider's API here. Thread-safe.
 */
public final class Mailbox implements NotificationPort, IntegrationEventPort, ESignaturePort {

    /** The record kind of received messages. */
    public static final String KIND = "quickstart-mailbox";

    private static final RecordKind MAILBOX = RecordKind.of(KIND);

    private final RecordStore records;
    private final Clock clock;
    private final AtomicInteger duplicates = new AtomicInteger();

    /**
     * A mailbox over a record store.
     *
     * @param records where received messages are kept
     * @param clock when they arrive (the simulated clock)
     */
    public Mailbox(RecordStore records, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the mailbox received: one message as kept. */
    public sealed interface Received permits ReceivedNotification, ReceivedEvent, ReceivedSignatureRequest {
        /** The idempotency key. */
        String key();

        /** When it arrived. */
        Instant receivedAt();
    }

    /**
     * A notification (e-mail).
     *
     * @param key the idempotency key
     * @param receivedAt when it arrived
     * @param recipient the user
     * @param channel the channel
     * @param template the template key, e.g. {@code obligation.reminder}
     * @param parameters the template's parameters
     */
    public record ReceivedNotification(String key, Instant receivedAt, String recipient, String channel, String template,
            Map<String, String> parameters) implements Received {
        /** Copies the parameters. */
        public ReceivedNotification {
            parameters = Map.copyOf(parameters);
        }
    }

    /**
     * An integration event.
     *
     * @param key the event id
     * @param receivedAt when it arrived
     * @param type the event type, e.g. {@code risk.alert.raised}
     * @param contractId the contract
     * @param payload the {@code pactum.event/v1} JSON
     */
    public record ReceivedEvent(String key, Instant receivedAt, String type, String contractId, String payload)
            implements Received {
    }

    /**
     * A request to sign a document.
     *
     * @param key the request id
     * @param receivedAt when it arrived
     * @param contractId the contract
     * @param fingerprint the fingerprint of the document to sign
     */
    public record ReceivedSignatureRequest(String key, Instant receivedAt, String contractId, String fingerprint)
            implements Received {
    }

    @Override
    public void send(CallContext ctx, Notification n) {
        keep(ctx, n.idempotencyKey(), JsonOutput.compact().write(w -> w.string("kind", "notification")
                .string("key", n.idempotencyKey()).instant("receivedAt", clock.instant())
                .string("recipient", n.recipient().value()).string("channel", n.channel())
                .string("template", n.templateKey())
                .map("parameters", n.parameters(), (v, value) -> v.string(value))));
    }

    @Override
    public void publish(CallContext ctx, IntegrationEvent e) {
        keep(ctx, e.eventId(), JsonOutput.compact().write(w -> w.string("kind", "event").string("key", e.eventId())
                .instant("receivedAt", clock.instant()).string("type", e.type().wireName())
                .string("contract", e.contractId().value()).string("payload", e.payloadJson())));
    }

    @Override
    public void request(CallContext ctx, SignatureRequest r) {
        keep(ctx, r.requestId(), JsonOutput.compact().write(w -> w.string("kind", "signature-request")
                .string("key", r.requestId()).instant("receivedAt", clock.instant())
                .string("contract", r.contractId().value()).string("fingerprint", r.documentFingerprint())));
    }

    private void keep(CallContext ctx, String key, String body) {
        try {
            records.saveRecord(ctx, RecordKey.of(MAILBOX, id(key)), body, null, 0);
        } catch (RevisionConflictException e) {
            // Delivered before (at least once): an idempotent receiver drops the repeat.
            duplicates.incrementAndGet();
        }
    }

    /** The record id of a key: the key itself, or its SHA-256 when it is longer than a record id may be. */
    private static String id(String key) {
        if (key.length() <= RecordKey.MAX_ID_LENGTH) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Repeated deliveries dropped since this mailbox was created. */
    public int duplicatesDropped() {
        return duplicates.get();
    }

    /** Everything the tenant's mailbox holds, ordered by arrival, then key. */
    public List<Received> received(CallContext ctx) {
        List<Received> all = new ArrayList<>();
        try (Stream<io.pactum.spi.port.StoredRecord> stream = records.records(ctx, MAILBOX)) {
            stream.forEach(r -> all.add(read(r.body())));
        }
        all.sort((a, b) -> {
            int byTime = a.receivedAt().compareTo(b.receivedAt());
            return byTime != 0 ? byTime : a.key().compareTo(b.key());
        });
        return all;
    }

    private static Received read(String body) {
        return JsonInput.standard().read("mailbox message", body, r -> {
            String kind = r.string("kind");
            String key = r.string("key");
            Instant at = r.instant("receivedAt");
            if (kind == null || key == null || at == null) {
                return null;
            }
            switch (kind) {
                case "notification" -> {
                    String recipient = r.string("recipient");
                    String channel = r.string("channel");
                    String template = r.string("template");
                    Map<String, String> parameters = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonValueReader> p : r.map("parameters").entrySet()) {
                        parameters.put(p.getKey(), Objects.requireNonNullElse(p.getValue().asString(), ""));
                    }
                    return r.build(() -> new ReceivedNotification(key, at, Objects.requireNonNull(recipient),
                            Objects.requireNonNull(channel), Objects.requireNonNull(template), parameters));
                }
                case "event" -> {
                    String type = r.string("type");
                    String contract = r.string("contract");
                    String payload = r.string("payload");
                    return r.build(() -> new ReceivedEvent(key, at, Objects.requireNonNull(type),
                            Objects.requireNonNull(contract), Objects.requireNonNull(payload)));
                }
                default -> {
                    String contract = r.string("contract");
                    String fingerprint = r.string("fingerprint");
                    return r.build(() -> new ReceivedSignatureRequest(key, at, Objects.requireNonNull(contract),
                            Objects.requireNonNull(fingerprint)));
                }
            }
        });
    }
}
