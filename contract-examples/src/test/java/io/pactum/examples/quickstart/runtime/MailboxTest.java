package io.pactum.examples.quickstart.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mailbox keeps each message once, by its key, across mailbox instances over one store (a restart). */
class MailboxTest {

    private static final CallContext CTX = CallContext.of(TenantId.of("t"), UserId.of("u-zhang"), "test");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneOffset.UTC);

    @Test
    void repeatedKey_droppedAndCounted_alsoByAMailboxOfALaterRun() {
        InMemoryStorage store = InMemoryStorage.create();
        Mailbox first = new Mailbox(store, CLOCK);
        Notification reminder = new Notification("standard|c-1/fee#0|LEAD|P7D|2026-03-08|OWNER|u-zhang|email", UserId.of("u-zhang"),
                "email", "obligation.reminder", Map.of("number", "SC-1", "step", "P7D"), ContractId.of("c-1"));
        first.send(CTX, reminder);
        first.send(CTX, reminder);
        assertEquals(1, first.duplicatesDropped());
        Mailbox later = new Mailbox(store, CLOCK);
        later.send(CTX, reminder);
        assertEquals(1, later.duplicatesDropped());
        List<Mailbox.Received> kept = later.received(CTX);
        assertEquals(1, kept.size());
        Mailbox.ReceivedNotification n = assertInstanceOf(Mailbox.ReceivedNotification.class, kept.get(0));
        assertEquals(Map.of("number", "SC-1", "step", "P7D"), n.parameters());
        assertEquals(Instant.parse("2026-03-01T01:00:00Z"), n.receivedAt());
    }

    @Test
    void eventsAndSignatureRequests_keptWithWhatTheReceiverNeeds_longKeysHashed() {
        InMemoryStorage store = InMemoryStorage.create();
        Mailbox mailbox = new Mailbox(store, CLOCK);
        String longId = "risk.alert.raised/" + "x".repeat(300);
        mailbox.publish(CTX, new IntegrationEvent(longId, EventType.RISK_ALERT_RAISED, 1, ContractId.of("c-1"),
                Instant.parse("2026-03-01T01:00:00Z"), "{\"schema\": \"pactum.event/v1\"}"));
        mailbox.request(CTX, new SignatureRequest("sig-1", ContractId.of("c-1"), "ab12",
                List.of(new Signer(PartyId.of("acme"), "Li Lei", "li@acme.example")), Instant.parse("2026-03-01T01:00:00Z")));
        mailbox.publish(CTX, new IntegrationEvent(longId, EventType.RISK_ALERT_RAISED, 1, ContractId.of("c-1"),
                Instant.parse("2026-03-01T01:00:00Z"), "{}"));
        assertEquals(1, mailbox.duplicatesDropped());
        List<Mailbox.Received> kept = mailbox.received(CTX);
        assertEquals(List.of(longId, "sig-1"), kept.stream().map(Mailbox.Received::key).sorted().toList());
        Mailbox.ReceivedEvent e = kept.stream().filter(Mailbox.ReceivedEvent.class::isInstance)
                .map(Mailbox.ReceivedEvent.class::cast).findFirst().orElseThrow();
        assertEquals("risk.alert.raised", e.type());
        assertEquals("{\"schema\": \"pactum.event/v1\"}", e.payload());
    }
}
