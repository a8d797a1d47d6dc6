package io.pactum.spi.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.obligation.ObligationLedgers;
import io.pactum.core.obligation.ObligationPlan;
import io.pactum.core.obligation.ObligationPlans;
import io.pactum.core.reminder.CatchUp;
import io.pactum.core.reminder.ReminderPolicies;
import io.pactum.rules.risk.RiskProfileJson;
import io.pactum.spi.CallContext;
import io.pactum.spi.MutableClock;
import io.pactum.spi.SpiMother;
import io.pactum.spi.TenantId;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.Person;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.SignatureOutcome;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import io.pactum.spi.runtime.CommandResult;
import io.pactum.spi.runtime.ContractManager;
import io.pactum.spi.runtime.DueWorkReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The execution examples of docs/spi.md, run: the regions between the markers are the page's code. */
class ExecutionDocExamplesTest {

    static final String PLAN = """
            {"obligations": [
              {"id": "down-payment", "kind": "PAYMENT_IN", "stage": "DOWN_PAYMENT", "title": "30% down payment",
               "side": "COUNTERPARTY", "owner": {"person": "u-zhang"}, "amount": {"percent": 30},
               "due": {"kind": "onDate", "date": "2026-04-10"}},
              {"id": "design", "kind": "DELIVERY", "title": "design delivered", "side": "US",
               "owner": {"person": "u-zhang"}, "due": {"kind": "onDate", "date": "2026-05-15"}},
              {"id": "design-payment", "kind": "PAYMENT_IN", "stage": "PROGRESS", "title": "40% on the design",
               "side": "COUNTERPARTY", "owner": {"person": "u-zhang"}, "amount": {"percent": 40},
               "due": {"kind": "afterEvent", "event": "OBLIGATION_FULFILLED", "obligation": "design",
                       "offset": {"amount": 10, "unit": "CALENDAR_DAYS"}}},
              {"id": "acceptance-payment", "kind": "PAYMENT_IN", "stage": "ACCEPTANCE", "title": "25% after acceptance",
               "side": "COUNTERPARTY", "owner": {"person": "u-zhang"}, "amount": {"percent": 25},
               "due": {"kind": "afterEvent", "event": "DELIVERY_ACCEPTED",
                       "offset": {"amount": 30, "unit": "CALENDAR_DAYS"}}},
              {"id": "retention", "kind": "PAYMENT_IN", "stage": "RETENTION", "title": "5% retention",
               "side": "COUNTERPARTY", "owner": {"person": "u-zhang"}, "amount": {"percent": 5},
               "due": {"kind": "afterEvent", "event": "DELIVERY_ACCEPTED",
                       "offset": {"amount": 6, "unit": "MONTHS"}}}]}
            """;

    static final String REMINDERS = """
            {"id": "standard", "zone": "Asia/Shanghai", "sendAt": "09:00",
             "leadTimes": ["P7D", "P3D", "P1D"], "recipients": ["OWNER"], "channels": ["email"],
             "escalation": [{"after": "P1D", "recipients": ["OWNER_MANAGER"], "channels": ["email"]},
                            {"after": "P7D", "recipients": ["DEPARTMENT_HEAD"], "channels": ["email"]}]}
            """;

    static final String RISK = """
            {"currency": "CNY", "zone": "Asia/Shanghai",
             "default": {"paymentOverdue": {"days1to30": "LOW", "days31to60": "MEDIUM", "days61to90": "HIGH",
                                            "over90": "CRITICAL"}}}
            """;

    @Test
    void execution_paymentsMilestoneAcceptanceAndDueWork() {
        InMemoryStorage storage = InMemoryStorage.create();
        RecordingOutbound outbound = RecordingOutbound.create();
        MutableClock clock = new MutableClock(SpiMother.START);
        InMemoryDirectory directory = InMemoryDirectory.create()
                .add(new Person(UserId.of("u-zhang"), "Zhang", DepartmentId.of("sales-east"), Set.of("contract-manager"),
                                Set.of(), UserId.of("u-boss"), true),
                        Person.of("u-boss", "sales-east", "contract-manager"), Person.of("u-wang", "finance", "approver"),
                        Person.of("u-qian", "finance", "finance"), Person.of("u-li", "legal", "legal"))
                .departmentHead(DepartmentId.of("sales-east"), UserId.of("u-boss"));
        String planJson = PLAN;
        String policyJson = REMINDERS;
        String riskJson = RISK;
        // doc:executionwiring
        ContractManager manager = ContractManager.builder()
                .storage(storage)
                .directory(directory)
                .accessPolicy(AccessPolicy.standard())
                .clock(clock)
                .notifications(outbound)
                .integrationEvents(outbound)
                .obligationCalendar(BusinessCalendar.chinaMainland())
                .reminderPolicy(ReminderPolicies.fromJson(policyJson))  // 7, 3, 1 days before at 09:00 Shanghai
                .reminderCatchUp(CatchUp.LATEST_ONLY)                    // after downtime: the latest per recipient
                .riskProfiles(RiskProfileJson.parse(riskJson))
                .dueWorkTenants(Set.of(TenantId.of("acme-group")))       // the tenants runDueWork visits
                .build();
        // end
        CallContext zhang = SpiMother.as("u-zhang");
        CallContext qian = SpiMother.as("u-qian");
        ContractId id = ContractId.of("c-1");
        long r = manager.createDraft(zhang, SpiMother.draft("c-1"), "").contract().revision();
        r = manager.submit(zhang, id, r, "").contract().revision();
        r = manager.approve(SpiMother.as("u-wang"), id, r, "").contract().revision();
        SignatureRequest request = (SignatureRequest) manager.sendForSignature(zhang, id, r,
                List.of(new Signer(PartyId.of("acme"), "Li Lei", "li@acme.example")), "").messages().get(0);
        long signedRevision = manager.recordSignature(SpiMother.as("u-li"), new SignatureOutcome(request.requestId(), id,
                request.documentFingerprint(), SignatureOutcome.Result.SIGNED, "Li Lei", clock.instant()), "")
                .contract().revision();

        // doc:executioncommands
        ObligationPlan plan = ObligationPlans.fromJson(planJson);
        manager.activate(zhang, id, signedRevision, plan, "in force");  // schedules the plan, stores the ledger
        clock.advance(Duration.ofDays(42));                            // 2026-04-12
        CommandResult part = manager.recordPayment(qian, id, "down-payment#0", Money.of("10000.00", "CNY"),
                LocalDate.of(2026, 4, 12), List.of("bank-slip-1"), "first part");  // 26,000.00 stays outstanding
        clock.advance(Duration.ofDays(32));                            // 2026-05-14
        CommandResult design = manager.recordFulfilment(zhang, id, "design#0", LocalDate.of(2026, 5, 14),
                List.of("design-v1.pdf"), "delivered");                 // dates design-payment#0: invoice.requested
        clock.advance(Duration.ofDays(18));                            // 2026-06-01
        CommandResult accepted = manager.recordDeliveryAcceptance(zhang, id, LocalDate.of(2026, 6, 1),
                List.of("acceptance-protocol"), "accepted");             // dates the 25% and the retention
        DueWorkReport report = manager.runDueWork(clock.instant());     // the host's scheduler, e.g. hourly
        // end

        assertEquals(EventType.PAYMENT_RECEIVED, ((IntegrationEvent) part.messages().get(0)).type());
        assertEquals(EventType.INVOICE_REQUESTED, ((IntegrationEvent) design.messages().get(1)).type());
        assertEquals(2, accepted.messages().size());
        ObligationLedger ledger = ObligationLedgers.fromJson(storage.getRecord(zhang,
                RecordKey.of(RecordKind.OBLIGATIONS, "c-1")).orElseThrow().body());
        assertEquals(Money.of("26000.00", "CNY"), ledger.find("down-payment#0").orElseThrow().outstanding().orElseThrow());
        assertEquals(LocalDate.of(2026, 7, 1), ledger.find("acceptance-payment#0").orElseThrow().scheduled().dueDate());
        // the first run after 3 months: the latest reminder of each recipient, the due and overdue events, the alert
        List<String> keys = outbound.notifications().stream().map(Notification::idempotencyKey).toList();
        assertTrue(keys.contains("standard|c-1/down-payment#0|ESCALATION|P7D|2026-04-10|DEPARTMENT_HEAD|u-boss|email"),
                keys.toString());
        assertTrue(outbound.events().stream().anyMatch(e -> e.eventId().equals(
                "risk.alert.raised/payment-overdue/c-1/obligation:down-payment#0/31-60/2026-06-01")));
        assertTrue(report.enqueued() > 0);
        assertEquals(Instant.parse("2026-06-01T08:00:00Z"), clock.instant());
    }
}
