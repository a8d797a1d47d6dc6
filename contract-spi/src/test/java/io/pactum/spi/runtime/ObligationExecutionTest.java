package io.pactum.spi.runtime;

import static io.pactum.spi.runtime.ExecutionRig.C1;
import static io.pactum.spi.runtime.ExecutionRig.QIAN;
import static io.pactum.spi.runtime.ExecutionRig.ZHANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.obligation.ObligationStatus;
import io.pactum.core.reminder.CatchUp;
import io.pactum.spi.SpiError;
import io.pactum.spi.SpiMother;
import io.pactum.spi.access.AccessDeniedException;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A service contract with milestones and retention money carried out through the public API, the
 * clock moved by hand and due work run every hour: reminders, escalation, partial and late payments,
 * a milestone and an acceptance that date payments.
 */
class ObligationExecutionTest {

    private static final String DOWN = "standard|c-1/down-payment#0|";

    private static Instant at(String s) {
        return Instant.parse(s);
    }

    private static List<IntegrationEvent> events(ExecutionRig rig, EventType type) {
        return rig.outbound.events().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void activate_withPlan_storesTheScheduledLedgerAndItsWakeUp() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        ObligationLedger ledger = rig.ledger();
        assertEquals(Money.of("36000.00", "CNY"), ledger.find("down-payment#0").orElseThrow().scheduled().amount());
        assertEquals(LocalDate.of(2026, 4, 10), ledger.find("down-payment#0").orElseThrow().scheduled().dueDate());
        assertTrue(ledger.find("design-payment#0").orElseThrow().scheduled().isPending());
        assertEquals(Money.of("120000.00", "CNY"), ledger.scheduled(ObligationKind.PAYMENT_IN, Money.currency("CNY")));
        // wakes at once so that the first run sees it; after that run, at the first reminder: 2026-04-03 09:00 Shanghai
        rig.runAt("2026-03-01T09:00:00Z");
        assertEquals(at("2026-04-03T01:00:00Z"), rig.storage.getRecord(ZHANG, RecordKey.of(RecordKind.OBLIGATIONS,
                "c-1")).orElseThrow().wakeAt());
    }

    @Test
    void reminders_sevenThreeAndOneDayBefore_eachSentOnceAtNineInShanghai() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        rig.runHourlyUntil("2026-04-10T00:00:00Z");
        assertEquals(Map.of(
                DOWN + "LEAD|P7D|2026-04-10|OWNER|u-zhang|email", at("2026-04-03T01:00:00Z"),
                DOWN + "LEAD|P3D|2026-04-10|OWNER|u-zhang|email", at("2026-04-07T01:00:00Z"),
                DOWN + "LEAD|P1D|2026-04-10|OWNER|u-zhang|email", at("2026-04-09T01:00:00Z")), rig.seen(DOWN));
        long deliveries = rig.outbound.deliveries().stream().filter(m -> m.idempotencyKey().startsWith(DOWN)).count();
        assertEquals(3, deliveries, "each reminder delivered once");
        Notification first = (Notification) rig.outbound.effects().stream()
                .filter(m -> m.idempotencyKey().contains("P7D")).findFirst().orElseThrow();
        assertEquals("obligation.reminder", first.templateKey());
        assertEquals(Money.of("36000.00", "CNY").toString(), first.parameters().get("outstanding"));
        // due at local midnight of 2026-04-10
        assertEquals(at("2026-04-09T16:00:00Z"),
                rig.seen("obligation.due/c-1/down-payment#0/2026-04-10").values().iterator().next());
    }

    @Test
    void overdue_escalatesToManagerThenHead_untilPaidLateInTwoParts() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        rig.runHourlyUntil("2026-04-12T00:00:00Z");
        assertEquals(at("2026-04-10T16:00:00Z"),
                rig.seen("obligation.overdue/c-1/down-payment#0/2026-04-10").values().iterator().next());
        assertEquals(Map.of(DOWN + "ESCALATION|P1D|2026-04-10|OWNER_MANAGER|u-boss|email", at("2026-04-11T01:00:00Z")),
                rig.seen(DOWN + "ESCALATION"));

        rig.moveTo("2026-04-12T03:00:00Z");
        CommandResult part = rig.manager.recordPayment(QIAN, C1, "down-payment#0", Money.of("10000.00", "CNY"),
                LocalDate.of(2026, 4, 12), List.of("bank-slip-1"), "first part");
        assertEquals(1, rig.storage.readAll(ZHANG).stream().filter(e -> e.action().equals("RECORD_PAYMENT")).count());
        Obligation afterPart = rig.ledger().find("down-payment#0").orElseThrow();
        assertEquals(ObligationStatus.OVERDUE, afterPart.status());
        assertEquals(Money.of("26000.00", "CNY"), afterPart.outstanding().orElseThrow());
        IntegrationEvent received = (IntegrationEvent) part.messages().get(0);
        assertEquals(EventType.PAYMENT_RECEIVED, received.type());
        assertTrue(received.payloadJson().contains("\"payment\":{\"amount\":{\"amount\":\"10000.00\",\"currency\":\"CNY\"},"
                + "\"paidOn\":\"2026-04-12\",\"late\":true,\"fullyPaid\":false"), received.payloadJson());

        rig.runHourlyUntil("2026-04-15T00:00:00Z");
        PactumException over = assertThrows(PactumException.class, () -> rig.manager.recordPayment(QIAN, C1,
                "down-payment#0", Money.of("26000.01", "CNY"), LocalDate.of(2026, 4, 15), List.of(), "too much"));
        assertEquals(SpiError.OVERPAYMENT, over.errorCode());
        assertEquals("amount", over.path());
        assertEquals(Money.of("26000.00", "CNY"), rig.ledger().find("down-payment#0").orElseThrow().outstanding()
                .orElseThrow(), "a refused payment changes nothing");

        CommandResult rest = rig.manager.recordPayment(QIAN, C1, "down-payment#0", Money.of("26000.00", "CNY"),
                LocalDate.of(2026, 4, 15), List.of("bank-slip-2"), "the rest");
        assertEquals(List.of(EventType.PAYMENT_RECEIVED, EventType.OBLIGATION_FULFILLED),
                rest.messages().stream().map(m -> ((IntegrationEvent) m).type()).toList());
        assertEquals(ObligationStatus.FULFILLED, rig.ledger().find("down-payment#0").orElseThrow().status());
        rig.runHourlyUntil("2026-04-20T00:00:00Z");
        assertEquals(Set.of(DOWN + "ESCALATION|P1D|2026-04-10|OWNER_MANAGER|u-boss|email"),
                rig.seen(DOWN + "ESCALATION").keySet(), "paid before the week's escalation: the head is not told");
        assertThrows(PactumException.class, () -> rig.manager.recordPayment(QIAN, C1, "down-payment#0",
                Money.of("0.01", "CNY"), LocalDate.of(2026, 4, 20), List.of(), "again"));
        assertTrue(rig.manager.verifyAuditLog(ZHANG, null).intact());
    }

    @Test
    void milestoneAndAcceptance_datePaymentsAndRequestInvoices() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        rig.moveTo("2026-05-14T03:00:00Z");
        CommandResult design = rig.manager.recordFulfilment(ZHANG, C1, "design#0", LocalDate.of(2026, 5, 14),
                List.of("design-v1.pdf"), "delivered");
        assertEquals(List.of(EventType.OBLIGATION_FULFILLED, EventType.INVOICE_REQUESTED),
                design.messages().stream().map(m -> ((IntegrationEvent) m).type()).toList());
        String invoice = ((IntegrationEvent) design.messages().get(1)).payloadJson();
        assertTrue(invoice.contains("\"key\":\"design-payment#0\""), invoice);
        assertTrue(invoice.contains("\"dueDate\":\"2026-05-24\""), invoice);
        assertTrue(invoice.contains("\"trigger\":{\"event\":\"OBLIGATION_FULFILLED\",\"obligation\":\"design\","
                + "\"date\":\"2026-05-14\"}"), invoice);

        rig.moveTo("2026-06-01T03:00:00Z");
        CommandResult accepted = rig.manager.recordDeliveryAcceptance(ZHANG, C1, LocalDate.of(2026, 6, 1),
                List.of("acceptance-protocol"), "customer signed the protocol");
        List<String> invoiced = accepted.messages().stream().map(m -> (IntegrationEvent) m)
                .filter(e -> e.type() == EventType.INVOICE_REQUESTED).map(IntegrationEvent::eventId).toList();
        assertEquals(List.of("invoice.requested/c-1/acceptance-payment#0", "invoice.requested/c-1/retention#0"),
                invoiced);
        ObligationLedger ledger = rig.ledger();
        assertEquals(LocalDate.of(2026, 7, 1), ledger.find("acceptance-payment#0").orElseThrow().scheduled().dueDate());
        assertEquals(LocalDate.of(2026, 12, 1), ledger.find("retention#0").orElseThrow().scheduled().dueDate());
        assertEquals(Money.of("6000.00", "CNY"), ledger.find("retention#0").orElseThrow().scheduled().amount());
        PactumException twice = assertThrows(PactumException.class, () -> rig.manager.recordDeliveryAcceptance(ZHANG,
                C1, LocalDate.of(2026, 6, 2), List.of(), "again"));
        assertEquals(SpiError.BAD_ARGUMENT, twice.errorCode());

        rig.runHourlyUntil("2026-06-25T00:00:00Z");
        assertEquals(at("2026-06-24T01:00:00Z"),
                rig.seen("standard|c-1/acceptance-payment#0|LEAD|P7D|2026-07-01|OWNER|u-zhang|email").values()
                        .iterator().next());
        assertEquals(3, events(rig, EventType.INVOICE_REQUESTED).size(), "each invoice requested once");
    }

    @Test
    void catchUp_afterThreeWeeksDown_sendsTheLatestOfEachRecipientOnce() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        rig.runAt("2026-03-01T09:00:00Z");
        DueWorkReport back = rig.runAt("2026-05-01T02:00:00Z");
        assertEquals(Set.of(DOWN + "LEAD|P1D|2026-04-10|OWNER|u-zhang|email",
                DOWN + "ESCALATION|P1D|2026-04-10|OWNER_MANAGER|u-boss|email",
                DOWN + "ESCALATION|P7D|2026-04-10|DEPARTMENT_HEAD|u-head|email"), rig.seen(DOWN).keySet());
        assertEquals(Set.of("obligation.due/c-1/down-payment#0/2026-04-10",
                "obligation.overdue/c-1/down-payment#0/2026-04-10"), rig.seen("obligation.").keySet());
        assertEquals(5, back.enqueued());
        assertEquals(0, rig.runAt("2026-05-01T03:00:00Z").enqueued(), "nothing twice");
    }

    @Test
    void catchUp_sendAll_sendsEveryMissedReminderOnce() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.SEND_ALL, null);
        rig.activate();
        rig.runAt("2026-05-01T02:00:00Z");
        rig.runAt("2026-05-01T03:00:00Z");
        assertEquals(5, rig.seen(DOWN).size());
        assertEquals(5, rig.outbound.deliveries().stream().filter(m -> m.idempotencyKey().startsWith(DOWN)).count());
    }

    @Test
    void catchUp_skip_sendsNoMissedReminderButTheOnesOfTheLastDay() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.SKIP, null);
        rig.activate();
        rig.runAt("2026-03-01T09:00:00Z");
        rig.runAt("2026-04-09T02:00:00Z"); // the 1-day reminder (04-09T01:00Z) is an hour old: on time
        assertEquals(Set.of(DOWN + "LEAD|P1D|2026-04-10|OWNER|u-zhang|email"), rig.seen(DOWN).keySet());
        rig.runAt("2026-05-01T02:00:00Z");
        assertEquals(1, rig.seen(DOWN).size(), "the escalations were missed and skipped");
        assertEquals(2, rig.seen("obligation.").size(), "due and overdue are facts, not reminders: sent");
    }

    @Test
    void activate_paymentRelativeToSignature_isDatedFromTheActivationDayAndInvoiced() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        ExecutionRig.activate(rig.manager, io.pactum.core.obligation.ObligationPlans.fromJson("""
                {"obligations": [{"id": "advance", "kind": "PAYMENT_IN", "stage": "DOWN_PAYMENT", "title": "advance",
                  "side": "COUNTERPARTY", "owner": {"person": "u-zhang"}, "amount": {"percent": 100},
                  "due": {"kind": "afterEvent", "event": "SIGNATURE",
                          "offset": {"amount": 10, "unit": "BUSINESS_DAYS"}}}]}
                """));
        // activated on Sunday 2026-03-01 (16:00 in Shanghai): ten weekdays later is Friday 2026-03-13
        assertEquals(LocalDate.of(2026, 3, 13), rig.ledger().find("advance#0").orElseThrow().scheduled().dueDate());
        rig.manager.dispatchOutbox(rig.clock.instant());
        List<IntegrationEvent> invoices = events(rig, EventType.INVOICE_REQUESTED);
        assertEquals(1, invoices.size());
        assertTrue(invoices.get(0).payloadJson().contains(
                "\"trigger\":{\"event\":\"SIGNATURE\",\"date\":\"2026-03-01\"}"), invoices.get(0).payloadJson());
    }

    @Test
    void paymentReceived_payload_carriesTheDocumentedObligationObject() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        rig.runHourlyUntil("2026-04-11T00:00:00Z");
        rig.moveTo("2026-04-12T03:00:00Z");
        CommandResult part = rig.manager.recordPayment(QIAN, C1, "down-payment#0", Money.of("10000.00", "CNY"),
                LocalDate.of(2026, 4, 12), List.of("bank-slip-1"), "first part");
        String payload = ((IntegrationEvent) part.messages().get(0)).payloadJson();
        // the object docs/spi.md shows under "Execution event data", compact
        String documented = "{\"key\":\"down-payment#0\",\"definition\":\"down-payment\",\"occurrence\":0,"
                + "\"kind\":\"PAYMENT_IN\",\"stage\":\"DOWN_PAYMENT\",\"title\":\"30% down payment\","
                + "\"side\":\"COUNTERPARTY\",\"owner\":{\"person\":\"u-zhang\"},\"dueDate\":\"2026-04-10\","
                + "\"status\":\"OVERDUE\",\"amount\":{\"amount\":\"36000.00\",\"currency\":\"CNY\"},"
                + "\"fulfilled\":{\"amount\":\"10000.00\",\"currency\":\"CNY\"},"
                + "\"outstanding\":{\"amount\":\"26000.00\",\"currency\":\"CNY\"}}";
        assertTrue(payload.contains("\"data\":{\"obligation\":" + documented + ",\"payment\":"), payload);
    }

    @Test
    void tenantReminderPolicyForTheType_overridesTheBuilder() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.storage.saveRecord(ZHANG, RecordKey.of(RecordKind.REMINDER_POLICY, "service"), """
                {"id": "service-2d", "zone": "UTC", "sendAt": "06:00", "leadTimes": ["P2D"], "recipients": ["OWNER"]}
                """, null, 0);
        rig.activate();
        rig.runHourlyUntil("2026-04-09T00:00:00Z");
        assertEquals(Map.of("service-2d|c-1/down-payment#0|LEAD|P2D|2026-04-10|OWNER|u-zhang|in-app",
                at("2026-04-08T06:00:00Z")), rig.seen("|c-1/down-payment#0|"));
    }

    @Test
    void customDueWorkStep_stillRunsBesideTheObligations() {
        io.pactum.spi.memory.InMemoryStorage storage = io.pactum.spi.memory.InMemoryStorage.create();
        io.pactum.spi.memory.RecordingOutbound outbound = io.pactum.spi.memory.RecordingOutbound.create();
        ContractManager m = ContractManager.builder().storage(storage).directory(ExecutionRig.directory())
                .accessPolicy(io.pactum.spi.access.AccessPolicy.standard()).clock(new io.pactum.spi.MutableClock(
                        SpiMother.START)).notifications(outbound).reminderPolicy(ExecutionRig.POLICY)
                .dueWorkTenants(Set.of(SpiMother.TENANT))
                .dueWorkStep(now -> List.of(new DueMessage(SpiMother.TENANT, new Notification("custom-1",
                        io.pactum.core.contract.UserId.of("u-zhang"), "email", "custom", Map.of(), C1))))
                .build();
        ExecutionRig.activate(m, ExecutionRig.plan());
        DueWorkReport report = m.runDueWork(at("2026-04-03T01:00:00Z"));
        Set<String> keys = outbound.notifications().stream().map(Notification::idempotencyKey)
                .filter(k -> !k.startsWith("notification-")).collect(Collectors.toSet()); // not the lifecycle's
        assertEquals(Set.of("custom-1", DOWN + "LEAD|P7D|2026-04-10|OWNER|u-zhang|email"), keys);
        assertEquals(2, report.enqueued());
    }

    @Test
    void builder_dueWorkTenantsWithoutRecordStore_failsNamingIt() {
        io.pactum.spi.memory.InMemoryStorage s = io.pactum.spi.memory.InMemoryStorage.create();
        PactumException e = assertThrows(PactumException.class, () -> ContractManager.builder().contracts(s)
                .unitOfWork(s).outbox(s).auditLog(s).directory(ExecutionRig.directory())
                .dueWorkTenants(Set.of(SpiMother.TENANT)).build());
        assertEquals(SpiError.BUILDER_OPTION, e.errorCode());
        assertEquals("records", e.path());
    }

    @Test
    void recordPayment_actorWithoutTheRight_isDeniedAndAudited() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        assertThrows(AccessDeniedException.class, () -> rig.manager.recordPayment(SpiMother.as("u-wang"), C1,
                "down-payment#0", Money.of("1.00", "CNY"), LocalDate.of(2026, 4, 1), List.of(), "not mine"));
        assertEquals("DENIED", rig.storage.readAll(ZHANG).get(rig.storage.readAll(ZHANG).size() - 1).outcome().name());
        assertEquals(Money.zero("CNY"), rig.ledger().fulfilled(ObligationKind.PAYMENT_IN, Money.currency("CNY")));
    }

    @Test
    void commands_withoutLedgerOrUnknownObligation_failTyped() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        PactumException unknown = assertThrows(PactumException.class, () -> rig.manager.recordFulfilment(ZHANG, C1,
                "nothing#0", LocalDate.of(2026, 4, 1), List.of(), ""));
        assertEquals(SpiError.OBLIGATION_NOT_FOUND, unknown.errorCode());
        PactumException notPayment = assertThrows(PactumException.class, () -> rig.manager.recordPayment(ZHANG, C1,
                "design#0", Money.of("1.00", "CNY"), LocalDate.of(2026, 4, 1), List.of(), ""));
        assertEquals(SpiError.OBLIGATION_NOT_FOUND, notPayment.errorCode());
        PactumException currency = assertThrows(PactumException.class, () -> rig.manager.recordPayment(ZHANG, C1,
                "down-payment#0", Money.of("1.00", "USD"), LocalDate.of(2026, 4, 1), List.of(), ""));
        assertEquals(SpiError.BAD_ARGUMENT, currency.errorCode());
        Set<String> actions = rig.storage.readAll(ZHANG).stream().map(e -> e.action()).collect(Collectors.toSet());
        assertTrue(!actions.contains("RECORD_PAYMENT") && !actions.contains("RECORD_FULFILMENT"), actions.toString());
    }
    @Test
    void recordPayment_nonPositiveAmount_isRefusedInADryRunToo() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        for (String amount : List.of("0.00", "-1.00")) {
            PactumException e = assertThrows(PactumException.class, () -> rig.manager.recordPayment(
                    QIAN.asDryRun(), C1, "down-payment#0", Money.of(amount, "CNY"), LocalDate.of(2026, 4, 1),
                    List.of(), "dry"), amount);
            assertEquals(SpiError.BAD_ARGUMENT, e.errorCode(), amount);
            assertEquals("amount", e.path(), amount);
        }
    }

    @Test
    void executionCommands_missingArguments_areBadArgumentsAtTheirField() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        LocalDate day = LocalDate.of(2026, 4, 1);
        Money one = Money.of("1.00", "CNY");
        assertBadArgument("evidence", () -> rig.manager.recordPayment(QIAN, C1, "down-payment#0", one, day, null, ""));
        assertBadArgument("obligationKey", () -> rig.manager.recordPayment(QIAN, C1, null, one, day, List.of(), ""));
        assertBadArgument("amount", () -> rig.manager.recordPayment(QIAN, C1, "down-payment#0", null, day, List.of(), ""));
        assertBadArgument("paidOn", () -> rig.manager.recordPayment(QIAN, C1, "down-payment#0", one, null, List.of(), ""));
        assertBadArgument("reason", () -> rig.manager.recordPayment(QIAN, C1, "down-payment#0", one, day, List.of(), null));
        assertBadArgument("evidence", () -> rig.manager.recordFulfilment(ZHANG, C1, "design#0", day, null, ""));
        assertBadArgument("fulfilledOn", () -> rig.manager.recordFulfilment(ZHANG, C1, "design#0", null, List.of(), ""));
        assertBadArgument("evidence", () -> rig.manager.recordDeliveryAcceptance(ZHANG, C1, day, null, ""));
        assertBadArgument("acceptedOn", () -> rig.manager.recordDeliveryAcceptance(ZHANG, C1, null, List.of(), ""));
        assertEquals(Money.zero("CNY"), rig.ledger().fulfilled(ObligationKind.PAYMENT_IN, Money.currency("CNY")));
    }

    private static void assertBadArgument(String path, org.junit.jupiter.api.function.Executable command) {
        PactumException e = assertThrows(PactumException.class, command, path);
        assertEquals(SpiError.BAD_ARGUMENT, e.errorCode(), path);
        assertEquals(path, e.path());
    }
}
