package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractMother;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The scheduler works on a contract of the model, not only on hand-built inputs. */
class ScheduleFromContractTest {

    @Test
    void of_contract_schedulesPaymentsThatSumToTheContractValue() {
        Contract contract = ContractMother.serviceContract(); // CNY 1,200,000.00, term 2026-01-01 .. 2026-12-31
        ScheduleInput input = ScheduleInput.of(contract);
        assertEquals(contract.id(), input.contractId());
        assertEquals(Owner.person(contract.owner()), input.contractOwner());

        Schedule s = ObligationScheduler.using(BusinessCalendar.weekendsOnly()).schedule(Plans.supplyPlan(), input);

        // 30 / 40 / 25 / 5 % of 1,200,000.00: 360,000.00 + 480,000.00 + 300,000.00 + 60,000.00.
        assertEquals(Money.of("360000.00", "CNY"), s.find("down-payment#0").orElseThrow().amount());
        assertEquals(Money.of("480000.00", "CNY"), s.find("progress#0").orElseThrow().amount());
        assertEquals(Money.of("300000.00", "CNY"), s.find("acceptance-payment#0").orElseThrow().amount());
        assertEquals(Money.of("60000.00", "CNY"), s.find("retention#0").orElseThrow().amount());
        assertEquals(contract.value(), s.total(ObligationKind.PAYMENT_IN, contract.value().currency()));
        // 2026-05-01 is a Friday: a business day on a weekends-only calendar, so FOLLOWING keeps it.
        assertEquals(LocalDate.of(2026, 5, 1), s.find("progress#0").orElseThrow().dueDate());
        // Delivery is 60 calendar days after the effective date the term gives: 2026-03-02, a Monday.
        assertEquals(LocalDate.of(2026, 3, 2), s.find("delivery#0").orElseThrow().dueDate());
    }
}
