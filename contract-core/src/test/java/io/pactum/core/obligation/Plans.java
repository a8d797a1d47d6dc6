package io.pactum.core.obligation;

import io.pactum.core.calendar.BusinessDayConvention;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import java.time.LocalDate;

/** Object mother: a typical Chinese supply contract's plan and inputs. */
final class Plans {

    static final ContractId CONTRACT = ContractId.of("C-2026-001");
    static final Owner FINANCE = Owner.role("finance");
    static final Owner PM = Owner.person(UserId.of("u-li"));

    private Plans() {
    }

    /** 30 / 40 / 25 / 5 payments, a delivery, an acceptance after it, and six monthly reports. */
    static ObligationPlan supplyPlan() {
        return ObligationPlan.of(
                ObligationDefinition.payment("down-payment", ObligationKind.PAYMENT_IN, PaymentStage.DOWN_PAYMENT,
                        "30% within 10 business days of signature", Side.COUNTERPARTY, FINANCE, AmountRule.percent("30"),
                        DueRule.after(EventRef.of(EventType.SIGNATURE), Offset.of(10, Offset.Unit.BUSINESS_DAYS)),
                        BusinessDayConvention.FOLLOWING).withEvidence("invoice"),
                ObligationDefinition.payment("progress", ObligationKind.PAYMENT_IN, PaymentStage.PROGRESS,
                        "40% on May 1", Side.COUNTERPARTY, FINANCE, AmountRule.percent("40"),
                        DueRule.onDate(LocalDate.of(2026, 5, 1)), BusinessDayConvention.FOLLOWING),
                ObligationDefinition.payment("acceptance-payment", ObligationKind.PAYMENT_IN, PaymentStage.ACCEPTANCE,
                        "25% 30 days after the end of the invoice month", Side.COUNTERPARTY, FINANCE,
                        AmountRule.percent("25"),
                        DueRule.after(EventRef.of(EventType.INVOICE_RECEIVED),
                                Offset.of(30, Offset.Unit.CALENDAR_DAYS).fromEndOfMonth()),
                        BusinessDayConvention.FOLLOWING),
                ObligationDefinition.payment("retention", ObligationKind.PAYMENT_IN, PaymentStage.RETENTION,
                        "5% retention after the 12-month warranty", Side.COUNTERPARTY, FINANCE, AmountRule.percent("5"),
                        DueRule.after(EventRef.of(EventType.DELIVERY_ACCEPTED), Offset.of(12, Offset.Unit.MONTHS)),
                        BusinessDayConvention.MODIFIED_FOLLOWING),
                ObligationDefinition.task("delivery", ObligationKind.DELIVERY, "deliver the goods", Side.US, PM,
                        DueRule.after(EventRef.of(EventType.EFFECTIVE_DATE), Offset.of(60, Offset.Unit.CALENDAR_DAYS)),
                        BusinessDayConvention.PRECEDING).withEvidence("delivery-note"),
                ObligationDefinition.task("acceptance", ObligationKind.ACCEPTANCE, "customer acceptance",
                        Side.COUNTERPARTY, PM,
                        DueRule.after(EventRef.fulfilmentOf("delivery"), Offset.of(5, Offset.Unit.BUSINESS_DAYS)),
                        BusinessDayConvention.NONE),
                ObligationDefinition.task("monthly-report", ObligationKind.REPORT, "monthly progress report", Side.US,
                        PM, DueRule.recurring(DueRule.onDate(LocalDate.of(2026, 3, 31)),
                                Recurrence.times(Frequency.MONTHLY, 1, 6).onLastDayOfMonth()),
                        BusinessDayConvention.PRECEDING));
    }

    static ScheduleInput input(String value) {
        return ScheduleInput.of(CONTRACT, Money.of(value, "CNY"),
                Term.fixed(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)), Owner.person(UserId.of("u-wang")));
    }
}
