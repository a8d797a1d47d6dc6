package io.pactum.spi.runtime;

import static io.pactum.spi.runtime.ExecutionRig.C1;
import static io.pactum.spi.runtime.ExecutionRig.QIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.money.Money;
import io.pactum.core.reminder.CatchUp;
import io.pactum.rules.risk.RiskProfileJson;
import io.pactum.spi.SpiMother;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Due work raises and resolves risk alerts of the contracts it touches, by the alerts' stable keys:
 * an unpaid down payment moves through the aging buckets, and payment resolves it; re-runs never
 * repeat an event.
 */
class RiskAlertDueWorkTest {

    private static final String PROFILES = """
            {"currency": "CNY", "zone": "Asia/Shanghai",
             "default": {"paymentOverdue": {"days1to30": "LOW", "days31to60": "MEDIUM", "days61to90": "HIGH",
                                            "over90": "CRITICAL"}}}
            """;

    private static List<String> alertEvents(ExecutionRig rig) {
        return rig.outbound.events().stream()
                .filter(e -> e.type() == EventType.RISK_ALERT_RAISED || e.type() == EventType.RISK_ALERT_RESOLVED)
                .map(IntegrationEvent::eventId).toList();
    }

    @Test
    void unpaidDownPayment_raisesOnceMovesBucketsAndResolvesWhenPaid() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, RiskProfileJson.parse(PROFILES));
        rig.activate();
        rig.runHourlyUntil("2026-04-12T00:00:00Z");
        // due 2026-04-10: overdue from 04-11 in Shanghai, which starts at 2026-04-10T16:00Z
        assertEquals(List.of("risk.alert.raised/payment-overdue/c-1/obligation:down-payment#0/1-30/2026-04-11"),
                alertEvents(rig));
        rig.runHourlyUntil("2026-05-12T00:00:00Z");
        assertEquals(List.of("risk.alert.raised/payment-overdue/c-1/obligation:down-payment#0/1-30/2026-04-11",
                "risk.alert.raised/payment-overdue/c-1/obligation:down-payment#0/31-60/2026-05-11",
                "risk.alert.resolved/payment-overdue/c-1/obligation:down-payment#0/1-30/2026-05-11"), alertEvents(rig));
        IntegrationEvent raised = rig.outbound.events().stream().filter(e -> e.type() == EventType.RISK_ALERT_RAISED)
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(raised.payloadJson().contains("\"severity\":\"MEDIUM\""), raised.payloadJson());

        rig.moveTo("2026-05-12T02:00:00Z");
        rig.manager.recordPayment(QIAN, C1, "down-payment#0", Money.of("36000.00", "CNY"), LocalDate.of(2026, 5, 12),
                List.of("bank-slip"), "paid at last");
        rig.runHourlyUntil("2026-05-13T00:00:00Z");
        assertEquals("risk.alert.resolved/payment-overdue/c-1/obligation:down-payment#0/31-60/2026-05-12",
                alertEvents(rig).get(3));
        assertEquals(4, alertEvents(rig).size());
        assertTrue(rig.ledger().openAlerts().isEmpty());
    }

    @Test
    void tenantProfileForTheType_overridesTheBuilder() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.storage.saveRecord(ExecutionRig.ZHANG, RecordKey.of(RecordKind.RISK_PROFILE, "service"), PROFILES, null, 0);
        rig.activate();
        rig.runHourlyUntil("2026-04-12T00:00:00Z");
        assertEquals(1, alertEvents(rig).size());
    }

    @Test
    void autoRenewingContract_warnsOfTheCancelByDateNotOfAnExpiry() {
        String profiles = """
                {"currency": "CNY", "zone": "Asia/Shanghai",
                 "default": {"cancelBy": {"days": 30, "severity": "HIGH"}, "expiry": {"days": 60, "severity": "MEDIUM"}}}
                """;
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, RiskProfileJson.parse(profiles));
        // Term 2026-04-01 to 2027-03-31, renewing for a year unless notice 30 days before: cancel by 2027-03-01.
        ExecutionRig.activate(rig.manager, ExecutionRig.plan(), SpiMother.draft("c-1").toBuilder()
                .renewal(new RenewalTerms.AutoRenew(Period.ofYears(1), Period.ofDays(30), null)).build());
        rig.runAt("2027-02-01T09:00:00Z");
        List<String> raised = alertEvents(rig).stream().filter(id -> id.startsWith("risk.alert.raised/")).toList();
        assertTrue(raised.stream().anyMatch(id -> id.startsWith("risk.alert.raised/cancel-by/")), raised::toString);
        // With renewals unlimited the contract has no foreseeable end: no expiry warning 60 days before 03-31.
        assertTrue(raised.stream().noneMatch(id -> id.startsWith("risk.alert.raised/expiry/")), raised::toString);
    }
}
