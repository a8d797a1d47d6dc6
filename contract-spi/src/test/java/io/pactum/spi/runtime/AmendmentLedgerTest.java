package io.pactum.spi.runtime;

import static io.pactum.spi.runtime.ExecutionRig.C1;
import static io.pactum.spi.runtime.ExecutionRig.QIAN;
import static io.pactum.spi.runtime.ExecutionRig.ZHANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.amendment.Amendment;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.ObligationEvent;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.obligation.ObligationPlans;
import io.pactum.core.obligation.ObligationStatus;
import io.pactum.core.reminder.CatchUp;
import io.pactum.spi.SpiError;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A price change of a contract being carried out reaches its obligation ledger in the amendment's
 * unit of work: the service contract of {@link ExecutionRig} (CNY 120,000.00 as 30/40/25/5 percent)
 * with its 30% down payment (36,000.00) paid.
 */
class AmendmentLedgerTest {

    private static final Currency CNY = Money.currency("CNY");
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    private static ExecutionRig paidDown() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        rig.manager.recordPayment(QIAN, C1, "down-payment#0", Money.of("36000.00", "CNY"), LocalDate.of(2026, 3, 2),
                List.of("slip"), "paid");
        return rig;
    }

    private static CommandResult priceChange(ExecutionRig rig, String value) {
        long r = rig.manager.get(ZHANG, C1).orElseThrow().revision();
        return rig.manager.amend(ZHANG, C1, r, new Amendment.PriceChange("a-1", "more licences", JULY,
                Money.of(value, "CNY")), "more licences");
    }

    private static Money amount(ObligationLedger ledger, String key) {
        return ledger.find(key).orElseThrow().scheduled().amount();
    }

    @Test
    void priceChange_keepsThePaidDownPaymentAndSplitsTheRestOfTheNewValueOverOpenPayments() {
        ExecutionRig rig = paidDown();
        CommandResult amended = priceChange(rig, "141000.00");
        ObligationLedger ledger = rig.ledger();
        assertEquals(Money.of("36000.00", "CNY"), amount(ledger, "down-payment#0"));
        // 141,000.00 - 36,000.00 = 105,000.00 split 40 : 25 : 5
        assertEquals(Money.of("60000.00", "CNY"), amount(ledger, "design-payment#0"));
        assertEquals(Money.of("37500.00", "CNY"), amount(ledger, "acceptance-payment#0"));
        assertEquals(Money.of("7500.00", "CNY"), amount(ledger, "retention#0"));
        assertEquals(Money.of("141000.00", "CNY"), ledger.scheduled(ObligationKind.PAYMENT_IN, CNY));
        assertEquals(ObligationEvent.Type.RESCHEDULED,
                last(ledger, "design-payment#0").type());
        assertEquals("amendment a-1", last(ledger, "design-payment#0").reason());
        IntegrationEvent event = amended.messages().stream().filter(IntegrationEvent.class::isInstance)
                .map(IntegrationEvent.class::cast).filter(e -> e.type() == EventType.CONTRACT_AMENDED).findFirst()
                .orElseThrow();
        assertTrue(event.payloadJson().contains("\"obligations\":[{\"key\":\"design-payment#0\""), event.payloadJson());
        assertTrue(event.payloadJson().contains("\"amount\":{\"amount\":\"60000.00\",\"currency\":\"CNY\"}"),
                event.payloadJson());
        assertTrue(!event.payloadJson().contains("\"key\":\"down-payment#0\""), "the paid one did not change");
    }

    @Test
    void laterPayment_keepsTheAmendedTotal() {
        ExecutionRig rig = paidDown();
        priceChange(rig, "141000.00");
        rig.manager.recordPayment(QIAN, C1, "retention#0", Money.of("7500.00", "CNY"), LocalDate.of(2026, 3, 2),
                List.of("slip"), "retention paid early");
        ObligationLedger ledger = rig.ledger();
        assertEquals(Money.of("60000.00", "CNY"), amount(ledger, "design-payment#0"));
        assertEquals(Money.of("141000.00", "CNY"), ledger.scheduled(ObligationKind.PAYMENT_IN, CNY));
    }

    @Test
    void priceCut_belowAPartPayment_keepsThatPartAndSplitsTheRestOverTheOthers() {
        ExecutionRig rig = paidDown();
        rig.manager.recordPayment(QIAN, C1, "acceptance-payment#0", Money.of("29000.00", "CNY"),
                LocalDate.of(2026, 3, 3), List.of("slip"), "most of it early");
        priceChange(rig, "100000.00");
        ObligationLedger ledger = rig.ledger();
        // 64,000.00 open: 40:25:5 would give the acceptance payment 22,857.14, less than its 29,000.00 paid;
        // it keeps 29,000.00 and the other 35,000.00 is split 40 : 5
        assertEquals(Money.of("29000.00", "CNY"), amount(ledger, "acceptance-payment#0"));
        assertEquals(Money.of("31111.11", "CNY"), amount(ledger, "design-payment#0"));
        assertEquals(Money.of("3888.89", "CNY"), amount(ledger, "retention#0"));
        // all of its new amount is paid: settled, on the day of its payment
        assertEquals(ObligationStatus.FULFILLED, ledger.find("acceptance-payment#0").orElseThrow().status());
        assertEquals(LocalDate.of(2026, 3, 3), ledger.find("acceptance-payment#0").orElseThrow().fulfilledOn()
                .orElseThrow());
        assertEquals(Money.of("100000.00", "CNY"), ledger.scheduled(ObligationKind.PAYMENT_IN, CNY));
        assertEquals(ledger.scheduled(ObligationKind.PAYMENT_IN, CNY), ledger.fulfilled(ObligationKind.PAYMENT_IN, CNY)
                .plus(ledger.outstanding(ObligationKind.PAYMENT_IN, CNY)));
    }

    @Test
    void valueBelowWhatIsPaid_isRefusedAtTheNewValue_andNothingChanges() {
        ExecutionRig rig = paidDown();
        ObligationLedger before = rig.ledger();
        int audit = rig.storage.readAll(ZHANG).size();
        PactumException e = assertThrows(PactumException.class, () -> priceChange(rig, "35999.99"));
        assertEquals(SpiError.AMENDMENT_UNSCHEDULABLE, e.errorCode());
        assertEquals("amendment.newValue", e.path());
        assertEquals(before, rig.ledger());
        assertEquals(Money.of("120000.00", "CNY"), rig.manager.get(ZHANG, C1).orElseThrow().value());
        assertEquals(audit, rig.storage.readAll(ZHANG).size());
    }

    @Test
    void valueDownToWhatIsPaid_leavesNothingOutstanding() {
        ExecutionRig rig = paidDown();
        priceChange(rig, "36000.00");
        ObligationLedger ledger = rig.ledger();
        assertEquals(Money.zero(CNY), ledger.outstanding(ObligationKind.PAYMENT_IN, CNY));
        assertEquals(Money.of("36000.00", "CNY"), ledger.scheduled(ObligationKind.PAYMENT_IN, CNY));
    }

    @Test
    void dryRun_reportsAValueBelowWhatIsPaid() {
        ExecutionRig rig = paidDown();
        long r = rig.manager.get(ZHANG, C1).orElseThrow().revision();
        PactumException e = assertThrows(PactumException.class, () -> rig.manager.amend(ZHANG.asDryRun(), C1, r,
                new Amendment.PriceChange("a-1", "cut", JULY, Money.of("1000.00", "CNY")), "cut"));
        assertEquals(SpiError.AMENDMENT_UNSCHEDULABLE, e.errorCode());
    }

    @Test
    void scopeChange_replacesThePlan_supersedesDroppedLines_andTotalsTheNewValue() {
        ExecutionRig rig = paidDown();
        // no retention any more; the acceptance payment becomes 30%
        String json = ExecutionRig.PLAN_JSON.replace("\"percent\": 25}", "\"percent\": 30}");
        json = json.substring(0, json.indexOf(",\n  {\"id\": \"retention\"")) + "]}";
        long r = rig.manager.get(ZHANG, C1).orElseThrow().revision();
        rig.manager.amend(ZHANG, C1, r, new Amendment.ScopeChange("a-1", "no retention", JULY, "service, no retention",
                ObligationPlans.fromJson(json), Money.of("141000.00", "CNY")), "scope");
        ObligationLedger ledger = rig.ledger();
        assertEquals(3, ledger.plan().obligations().stream().filter(d -> d.kind() == ObligationKind.PAYMENT_IN).count());
        assertEquals(ObligationStatus.SUPERSEDED, ledger.find("retention#0").orElseThrow().status());
        // 105,000.00 open, split 40 : 30
        assertEquals(Money.of("60000.00", "CNY"), amount(ledger, "design-payment#0"));
        assertEquals(Money.of("45000.00", "CNY"), amount(ledger, "acceptance-payment#0"));
        assertEquals(Money.of("141000.00", "CNY"), ledger.scheduled(ObligationKind.PAYMENT_IN, CNY));
    }

    private static ObligationEvent last(ObligationLedger ledger, String key) {
        List<ObligationEvent> h = ledger.find(key).orElseThrow().history();
        return h.get(h.size() - 1);
    }
}
