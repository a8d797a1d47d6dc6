package io.pactum.jdbc.internal;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonObjectWriter;
import io.pactum.core.json.JsonOutput;
import io.pactum.core.json.JsonValueReader;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The stored JSON form of an outbox message: an object with a {@code kind} ({@code event},
 * {@code notification}, {@code signature}) and the message's fields. Instants are written in full,
 * so a message reads back equal.
 */
public final class OutboxJson {

    private static final Map<String, Function<JsonObjectReader, @Nullable OutboxMessage>> KINDS = Map.of(
            "event", OutboxJson::readEvent,
            "notification", OutboxJson::readNotification,
            "signature", OutboxJson::readSignature);

    private OutboxJson() {
    }

    /** The JSON text of a message. */
    public static String write(OutboxMessage message) {
        Objects.requireNonNull(message, "message");
        return JsonOutput.compact().write(w -> {
            if (message instanceof IntegrationEvent e) {
                w.string("kind", "event").string("eventId", e.eventId()).enumValue("type", e.type())
                        .integer("schemaVersion", e.schemaVersion()).string("contractId", e.contractId().value())
                        .instant("occurredAt", e.occurredAt()).string("payloadJson", e.payloadJson());
            } else if (message instanceof Notification n) {
                w.string("kind", "notification").string("idempotencyKey", n.idempotencyKey())
                        .string("recipient", n.recipient().value()).string("channel", n.channel())
                        .string("templateKey", n.templateKey())
                        .map("parameters", n.parameters(), JsonObjectWriter.JsonValueWriter::string)
                        .string("contractId", n.contractId().value());
            } else {
                SignatureRequest s = (SignatureRequest) message;
                w.string("kind", "signature").string("requestId", s.requestId())
                        .string("contractId", s.contractId().value())
                        .string("documentFingerprint", s.documentFingerprint())
                        .objects("signers", s.signers(), (o, signer) -> o.string("party", signer.party().value())
                                .string("name", signer.name()).string("contact", signer.contact()))
                        .instant("requestedAt", s.requestedAt());
            }
        });
    }

    /**
     * The message of a stored JSON text.
     *
     * @throws io.pactum.core.error.ValidationException when the text is not what {@link #write} makes
     */
    public static OutboxMessage read(String json) {
        return JsonInput.standard().read("outbox message", json, o -> o.kind(KINDS));
    }

    private static @Nullable OutboxMessage readEvent(JsonObjectReader o) {
        String id = o.string("eventId");
        EventType type = o.enumValue("type", EventType.class);
        Long version = o.integer("schemaVersion", 1, Integer.MAX_VALUE);
        String contract = o.string("contractId");
        Instant at = o.instant("occurredAt");
        String payload = o.string("payloadJson");
        return o.build(() -> new IntegrationEvent(Objects.requireNonNull(id), Objects.requireNonNull(type),
                Objects.requireNonNull(version).intValue(), ContractId.of(Objects.requireNonNull(contract)),
                Objects.requireNonNull(at), Objects.requireNonNull(payload)));
    }

    private static @Nullable OutboxMessage readNotification(JsonObjectReader o) {
        String key = o.string("idempotencyKey");
        String recipient = o.string("recipient");
        String channel = o.string("channel");
        String template = o.string("templateKey");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValueReader> p : o.map("parameters").entrySet()) {
            String value = p.getValue().asString();
            if (value != null) {
                parameters.put(p.getKey(), value);
            }
        }
        String contract = o.string("contractId");
        return o.build(() -> new Notification(Objects.requireNonNull(key), UserId.of(Objects.requireNonNull(recipient)),
                Objects.requireNonNull(channel), Objects.requireNonNull(template), parameters,
                ContractId.of(Objects.requireNonNull(contract))));
    }

    private static @Nullable OutboxMessage readSignature(JsonObjectReader o) {
        String id = o.string("requestId");
        String contract = o.string("contractId");
        String fingerprint = o.string("documentFingerprint");
        List<@Nullable Signer> signers = o.objects("signers").stream().map(s -> {
            String party = s.string("party");
            String name = s.string("name");
            String contact = s.string("contact");
            return s.build(() -> new Signer(PartyId.of(Objects.requireNonNull(party)), Objects.requireNonNull(name),
                    Objects.requireNonNull(contact)));
        }).toList();
        Instant at = o.instant("requestedAt");
        return o.build(() -> new SignatureRequest(Objects.requireNonNull(id),
                ContractId.of(Objects.requireNonNull(contract)), Objects.requireNonNull(fingerprint),
                signers.stream().map(Objects::requireNonNull).toList(), Objects.requireNonNull(at)));
    }
}
