package io.pactum.spi.runtime;

import static io.pactum.spi.SpiMother.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.amendment.Amendment;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.ScheduleError;
import io.pactum.spi.CallContext;
import io.pactum.spi.SpiError;
import io.pactum.spi.SpiMother;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.SignatureOutcome;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Amendments and renewals of a contract in force: effective-dated versions and their events. */
class AmendRenewTest {

    private static final ContractId C1 = ContractId.of("c-1");
    private static final CallContext ZHANG = as("u-zhang");

    /** An active contract c-1 (no approval policy: one approval), with the given renewal terms. */
    private static long active(SpiMother.Rig rig, RenewalTerms renewal) {
        ContractManager m = rig.manager();
        Contract draft = SpiMother.draft("c-1").toBuilder().renewal(renewal).build();
        long r = m.createDraft(ZHANG, draft, "deal").contract().revision();
        r = m.submit(ZHANG, C1, r, "ready").contract().revision();
        r = m.approve(as("u-head"), C1, r, "ok").contract().revision();
        CommandResult sent = m.sendForSignature(ZHANG, C1, r, List.of(new Signer(PartyId.of("acme"), "Li", "li@a.example")), "");
        SignatureRequest req = (SignatureRequest) sent.messages().get(0);
        r = m.recordSignature(as("u-li"), new SignatureOutcome(req.requestId(), C1, req.documentFingerprint(),
                SignatureOutcome.Result.SIGNED, "Li", rig.clock().instant()), "").contract().revision();
        return m.activate(ZHANG, C1, r, "start").contract().revision();
    }

    private static IntegrationEvent event(CommandResult r) {
        return r.messages().stream().filter(m -> m instanceof IntegrationEvent).map(m -> (IntegrationEvent) m)
                .findFirst().orElseThrow();
    }

    @Test
    void priceChange_newValueFromItsDate_andTermsInForceAnswerByDate() {
        SpiMother.Rig rig = SpiMother.rig();
        long r = active(rig, RenewalTerms.fixed());
        CommandResult amended = rig.manager().amend(ZHANG, C1, r, new Amendment.PriceChange("a-1", "more licences",
                LocalDate.of(2026, 7, 1), Money.of("150000.00", "CNY")), "more licences");
        assertEquals(Money.of("150000.00", "CNY"), amended.contract().value());
        assertEquals(ContractStatus.ACTIVE, amended.contract().status());
        IntegrationEvent e = event(amended);
        assertEquals(EventType.CONTRACT_AMENDED, e.type());
        assertTrue(e.payloadJson().contains("\"data\":{\"version\":2,\"effectiveFrom\":\"2026-07-01\",\"amendment\":"
                + "{\"id\":\"a-1\",\"type\":\"PRICE_CHANGE\""), e.payloadJson());
        assertTrue(e.payloadJson().contains("\"previousValue\":{\"amount\":\"120000.00\",\"currency\":\"CNY\"}"),
                e.payloadJson());

        assertEquals(Money.of("120000.00", "CNY"), rig.manager().termsInForce(ZHANG, C1, LocalDate.of(2026, 6, 30))
                .orElseThrow().value());
        assertEquals(Money.of("150000.00", "CNY"), rig.manager().termsInForce(ZHANG, C1, LocalDate.of(2026, 7, 1))
                .orElseThrow().value());
        assertTrue(rig.manager().termsInForce(ZHANG, C1, LocalDate.of(2026, 3, 1)).isEmpty());
    }

    @Test
    void amendments_keepTheirOrder_andIdsAreUnique() {
        SpiMother.Rig rig = SpiMother.rig();
        long r = active(rig, RenewalTerms.fixed());
        r = rig.manager().amend(ZHANG, C1, r, new Amendment.PriceChange("a-1", "more", LocalDate.of(2026, 7, 1),
                Money.of("150000.00", "CNY")), "more").contract().revision();
        long rev = r;
        PactumException early = assertThrows(PactumException.class, () -> rig.manager().amend(ZHANG, C1, rev,
                new Amendment.Administrative("a-2", "address", LocalDate.of(2026, 6, 1), "new address"), "address"));
        assertEquals(ScheduleError.AMENDMENT_ORDER, early.errorCode());
        PactumException twice = assertThrows(PactumException.class, () -> rig.manager().amend(ZHANG, C1, rev,
                new Amendment.Administrative("a-1", "address", LocalDate.of(2026, 8, 1), "new address"), "address"));
        assertEquals(ScheduleError.AMENDMENT_INVALID, twice.errorCode());
    }

    @Test
    void amend_aDraft_isRefused() {
        SpiMother.Rig rig = SpiMother.rig();
        long r = rig.manager().createDraft(ZHANG, SpiMother.draft("c-1"), "deal").contract().revision();
        PactumException e = assertThrows(PactumException.class, () -> rig.manager().amend(ZHANG, C1, r,
                new Amendment.Administrative("a-1", "x", LocalDate.of(2026, 5, 1), "x"), "x"));
        assertEquals(SpiError.NOT_AMENDABLE, e.errorCode());
    }

    @Test
    void renew_autoRenewing_runsToTheNextPeriodsEnd_andCountsRenewalsDown() {
        SpiMother.Rig rig = SpiMother.rig();
        long r = active(rig, RenewalTerms.autoRenew(Period.ofYears(1), Period.ofMonths(1), 2));
        CommandResult renewed = rig.manager().renew(ZHANG, C1, r, "customer stays");
        assertEquals(LocalDate.of(2028, 3, 31), renewed.contract().term().endDate());
        assertEquals(RenewalTerms.autoRenew(Period.ofYears(1), Period.ofMonths(1), 1), renewed.contract().renewal());
        assertEquals(EventType.CONTRACT_RENEWED, event(renewed).type());
        assertTrue(event(renewed).payloadJson().contains("\"type\":\"RENEWAL\""));

        r = rig.manager().renew(ZHANG, C1, renewed.contract().revision(), "again").contract().revision();
        assertEquals(RenewalTerms.fixed(), rig.manager().get(ZHANG, C1).orElseThrow().renewal());
        long rev = r;
        PactumException none = assertThrows(PactumException.class, () -> rig.manager().renew(ZHANG, C1, rev, "more"));
        assertEquals(ScheduleError.RENEWAL_INVALID, none.errorCode());
        assertEquals(LocalDate.of(2027, 3, 31), rig.manager().termsInForce(ZHANG, C1, LocalDate.of(2026, 12, 1))
                .orElseThrow().term().endDate());
    }

    @Test
    void renew_needsTheAccessAction() {
        SpiMother.Rig rig = SpiMother.rig();
        long r = active(rig, RenewalTerms.autoRenew(Period.ofYears(1), Period.ofMonths(1), 2));
        assertThrows(io.pactum.spi.access.AccessDeniedException.class,
                () -> rig.manager().renew(as("u-zhao"), C1, r, "me"));
    }
}
