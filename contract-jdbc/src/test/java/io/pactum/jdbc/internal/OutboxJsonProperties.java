package io.pactum.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.ValidationException;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An outbox message reads back equal from its stored JSON, whatever its text holds. */
class OutboxJsonProperties {

    @Property
    void readWrite_anyMessage_roundTrips(@ForAll("messages") OutboxMessage message) {
        assertEquals(message, OutboxJson.read(OutboxJson.write(message)));
    }

    @Example
    void read_unknownKind_validationErrorWithPointer() {
        ValidationException e = assertThrows(ValidationException.class, () -> OutboxJson.read("{\"kind\":\"fax\"}"));
        assertEquals("/kind", e.violations().get(0).path());
    }

    @Provide
    Arbitrary<OutboxMessage> messages() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> id = Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(20);
        Arbitrary<Instant> at = Arbitraries.longs().between(-10_000_000_000L, 100_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
        Arbitrary<OutboxMessage> events = Combinators.combine(text, Arbitraries.of(EventType.class),
                Arbitraries.integers().between(1, 3), id, at, text)
                .as((k, type, v, c, when, payload) -> new IntegrationEvent(k, type, v, ContractId.of(c), when, payload));
        Arbitrary<OutboxMessage> notifications = Combinators.combine(text, id, text, text,
                Arbitraries.maps(text, text).ofMaxSize(3), id)
                .as((k, who, channel, template, params, c) -> new Notification(k, UserId.of(who), channel, template,
                        Map.copyOf(params), ContractId.of(c)));
        Arbitrary<Signer> signer = Combinators.combine(id, text, text).as((p, n, contact) -> new Signer(PartyId.of(p), n,
                contact));
        Arbitrary<OutboxMessage> signatures = Combinators.combine(text, id, text, signer.list().ofMinSize(1).ofMaxSize(3),
                at).as((k, c, fp, signers, when) -> new SignatureRequest(k, ContractId.of(c), fp, List.copyOf(signers),
                when));
        return Arbitraries.oneOf(events, notifications, signatures);
    }
}
