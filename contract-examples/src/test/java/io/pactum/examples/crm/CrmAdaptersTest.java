package io.pactum.examples.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.ValidationException;
import io.pactum.spi.CallContext;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.Notification;
import io.pactum.tck.TckEvents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CRM adapters' own decisions, beyond what the conformance kit checks. */
class CrmAdaptersTest {

    private static final CallContext DISPATCH = CallContext.of(CrmExample.TENANT, UserId.of("pactum-dispatcher"), "t");

    @Test
    void templates_paymentReminder_showsTheOutstandingAmount_deliveryReminderLeavesItOut() {
        MessageTemplates templates = MessageTemplates.standard();
        Map<String, String> delivery = Map.of("obligationTitle", "Go-live", "title", "Deal", "number", "N-1",
                "dueDate", "2026-05-29");
        assertEquals("Go-live of Deal (N-1) is due on 2026-05-29.", templates.render("obligation.reminder", delivery)[1]);
        Map<String, String> payment = new java.util.TreeMap<>(delivery);
        payment.put("outstanding", "CNY 252,000.00");
        assertEquals("Go-live of Deal (N-1) is due on 2026-05-29. Outstanding: CNY 252,000.00.",
                templates.render("obligation.reminder", payment)[1]);
    }

    @Test
    void templates_unknownKey_stillReachesTheUserWithItsParameters() {
        String[] text = MessageTemplates.standard().render("contract.something-new", Map.of("number", "N-1"));
        assertEquals("contract.something-new", text[0]);
        assertEquals("contract.something-new {number=N-1}", text[1]);
    }

    @Test
    void router_unknownRecipient_throwsAndTheFixedRetryGoesOut() {
        FakeChannel channel = new FakeChannel();
        Notification n = new Notification("n-1", UserId.of("u-nobody"), "email", "contract.approved", Map.of(),
                ContractId.of("c-1"));
        CrmNotificationRouter router = new CrmNotificationRouter(CrmExample.users(), MessageTemplates.standard(),
                channel, channel);
        assertThrows(IllegalStateException.class, () -> router.send(DISPATCH, n));
        Notification fixed = new Notification("n-1", UserId.of("u-chen"), "in-app", "contract.approved",
                Map.of("number", "N-1", "title", "Deal"), ContractId.of("c-1"));
        router.send(DISPATCH, fixed);
        assertEquals(List.of(new OutgoingMessage("wecom", "ChenJing", "已批准 N-1", "Deal (N-1) is approved.", "n-1")),
                channel.delivered());
    }

    @Test
    void forwarder_otherSchemaVersion_isRefusedNotMisread() {
        FakeErp erp = new FakeErp();
        IntegrationEvent v1 = TckEvents.event("e-1", EventType.CONTRACT_SIGNED, CrmExample.TENANT, ContractId.of("c-1"));
        IntegrationEvent v2 = new IntegrationEvent("e-1", v1.type(), 2, v1.contractId(), v1.occurredAt(), v1.payloadJson());
        ErpEventForwarder forwarder = new ErpEventForwarder(erp);
        assertThrows(IllegalStateException.class, () -> forwarder.publish(DISPATCH, v2));
        assertEquals(List.of(), erp.booked());
        forwarder.publish(DISPATCH, v1);
        assertEquals(1, erp.booked().size());
    }

    @Test
    void forwarder_paymentWithoutAmount_failsWithThePointer() {
        IntegrationEvent broken = new IntegrationEvent("e-9", EventType.PAYMENT_RECEIVED, 1, ContractId.of("c-1"),
                Instant.parse("2026-04-09T02:00:00Z"), """
                {"contract": {"number": "N-1"}, "data": {"obligation": {"key": "down-payment#0"},
                 "payment": {"paidOn": "2026-04-09"}}}
                """);
        ValidationException e = assertThrows(ValidationException.class,
                () -> new ErpEventForwarder(new FakeErp()).publish(DISPATCH, broken));
        assertEquals("/data/payment/amount", e.violations().get(0).path());
    }
}
