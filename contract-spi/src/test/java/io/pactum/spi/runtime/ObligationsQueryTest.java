package io.pactum.spi.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.obligation.ObligationStatus;
import io.pactum.core.reminder.CatchUp;
import io.pactum.spi.SpiMother;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ContractManager#obligations}: the stored ledger through the public API, with read access checked. */
class ObligationsQueryTest {

    @Test
    void obligations_afterActivationAndAPartPayment_isTheStoredLedger() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.activate();
        rig.manager.recordPayment(ExecutionRig.QIAN, ExecutionRig.C1, "down-payment#0", Money.of("10000.00", "CNY"),
                LocalDate.of(2026, 3, 2), List.of("bank-slip-1"), "first part");
        ObligationLedger read = rig.manager.obligations(ExecutionRig.ZHANG, ExecutionRig.C1).orElseThrow();
        assertEquals(rig.ledger(), read);
        Obligation down = read.find("down-payment#0").orElseThrow();
        assertEquals(Money.of("26000.00", "CNY"), down.outstanding().orElseThrow());
        assertEquals(ObligationStatus.PENDING, down.status());
    }

    @Test
    void obligations_contractWithoutLedgerOrUnknown_empty() {
        ExecutionRig rig = ExecutionRig.create(CatchUp.LATEST_ONLY, null);
        rig.manager.createDraft(ExecutionRig.ZHANG, SpiMother.draft("c-1"), "new deal");
        assertTrue(rig.manager.obligations(ExecutionRig.ZHANG, ExecutionRig.C1).isEmpty());
        assertTrue(rig.manager.obligations(ExecutionRig.ZHANG, ContractId.of("c-404")).isEmpty());
    }
}
