package io.pactum.spi.runtime;

import static io.pactum.spi.runtime.ContractLifeWorld.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.amendment.Amendment;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.Transition;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.obligation.ObligationPlans;
import io.pactum.core.template.TemplateId;
import io.pactum.core.template.VariableValues;
import io.pactum.rules.approval.RouteStage;
import io.pactum.rules.approval.Seat;
import io.pactum.spi.CallContext;
import io.pactum.spi.SpiError;
import io.pactum.spi.SpiMother;
import io.pactum.spi.port.SignatureOutcome;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

/**
 * A contract's whole life under random command sequences (jqwik {@link ActionChain}) through the
 * public {@link ContractManager}: create (plain or from the sales template), submit, decide (a random
 * person of the route, or anyone; approve, reject or request changes), sign (send for signature and
 * record it), activate with a payment plan, amend the price (up or down, effective dated), record
 * payments (random parts of what is outstanding, sometimes more), move the clock by days and run due
 * work, terminate. After every action, {@link ContractLifeWorld#check()}: only transitions of the
 * table; audit entries = successful + denied commands + due-work entries; every ledger's incoming
 * payments total the contract value and paid + outstanding = scheduled; the audit chain verifies; the
 * reminders sent are exactly those that fell due, each once.
 */
class ContractLifeStatefulProperties {

    private static final List<String> AMOUNTS = List.of("500000.00", "3000000.00", "12000000.00");
    private static final List<String> OWNERS = List.of("u-alice", "u-amy");
    private static final List<String> ANYONE = List.of("u-alice", "u-amy", "u-sales-head", "u-deputy", "u-fin",
            "u-legal", "u-ceo", "u-coo", "u-intern");
    private static final List<Signer> SIGNERS = List.of(new Signer(PartyId.of("acme"), "Li Lei", "li@acme.example"));
    private static final CallContext LEGAL = SpiMother.as("u-legal");
    private static final CallContext FINANCE = SpiMother.as("u-fin");

    /** Two plans whose incoming percentages sum to 100: payments dated from the signature, one recurring. */
    private static final List<String> PLANS = List.of("""
            {"obligations": [
              {"id": "down", "kind": "PAYMENT_IN", "stage": "DOWN_PAYMENT", "title": "30% down", "side": "COUNTERPARTY",
               "owner": {"person": "u-alice"}, "amount": {"percent": 30},
               "due": {"kind": "afterEvent", "event": "SIGNATURE", "offset": {"amount": 5, "unit": "BUSINESS_DAYS"}}},
              {"id": "progress", "kind": "PAYMENT_IN", "stage": "PROGRESS", "title": "45% progress",
               "side": "COUNTERPARTY", "owner": {"person": "u-alice"}, "amount": {"percent": 45},
               "due": {"kind": "afterEvent", "event": "SIGNATURE", "offset": {"amount": 30, "unit": "CALENDAR_DAYS"}}},
              {"id": "fee", "kind": "PAYMENT_IN", "stage": "RECURRING_FEE", "title": "25% in three months",
               "side": "COUNTERPARTY", "owner": {"person": "u-alice"}, "amount": {"percent": 25},
               "due": {"kind": "recurring", "start": {"kind": "afterEvent", "event": "SIGNATURE",
                       "offset": {"amount": 1, "unit": "MONTHS"}}, "frequency": "MONTHLY", "count": 3}}]}
            """, """
            {"obligations": [
              {"id": "advance", "kind": "PAYMENT_IN", "stage": "DOWN_PAYMENT", "title": "60% advance",
               "side": "COUNTERPARTY", "owner": {"person": "u-alice"}, "amount": {"percent": 60},
               "due": {"kind": "afterEvent", "event": "SIGNATURE", "offset": {"amount": 10, "unit": "CALENDAR_DAYS"}}},
              {"id": "final", "kind": "PAYMENT_IN", "stage": "FINAL", "title": "40% final", "side": "COUNTERPARTY",
               "owner": {"person": "u-alice"}, "amount": {"percent": 40},
               "due": {"kind": "afterEvent", "event": "SIGNATURE", "offset": {"amount": 2, "unit": "MONTHS"}}}]}
            """);

    @Property(tries = 200)
    void anyLife_keepsTheInvariants(@ForAll("lives") ActionChain<ContractLifeWorld> chain) {
        ContractLifeWorld end = chain.withInvariant("invariants", ContractLifeWorld::check).run();
        // How far the lives got, so that a generator that stops reaching the ledger shows.
        Statistics.label("payment plans activated").collect(Math.min(end.withLedger().size(), 2));
        Statistics.label("price changes of a ledger").collect(Math.min(end.ledgerAmendments, 2));
        Statistics.label("reminders sent").collect(end.remindersSent() > 0);
    }

    /** The same, many more lives: only under {@code -Pproperties-long}. */
    @Property(tries = 20000)
    @AddLifecycleHook(LongRunsOnly.class)
    void anyLife_keepsTheInvariants_long(@ForAll("lives") ActionChain<ContractLifeWorld> chain) {
        anyLife_keepsTheInvariants(chain);
    }

    @Provide
    Arbitrary<ActionChain<ContractLifeWorld>> lives() {
        return ActionChain.startWith(ContractLifeWorld::new)
                .withAction(2, new Create())
                .withAction(3, new Submit())
                .withAction(6, new Decide())
                .withAction(3, new Sign())
                .withAction(3, new Activate())
                .withAction(2, new Amend())
                .withAction(4, new Pay())
                .withAction(4, new AdvanceAndRunDueWork())
                .withAction(1, new Terminate())
                .withMaxTransformations(40);
    }

    private static <T> Arbitrary<T> oneOf(List<T> items) {
        return Arbitraries.of(items);
    }

    /** Drafts a contract, plainly or from the template, owned by a sales contract manager. */
    static final class Create implements Action.Dependent<ContractLifeWorld> {
        @Override
        public boolean precondition(ContractLifeWorld w) {
            return w.contracts.size() < 3;
        }

        @Override
        public Arbitrary<Transformer<ContractLifeWorld>> transformer(ContractLifeWorld w) {
            String id = "c-" + w.contracts.size();
            return Combinators.combine(oneOf(AMOUNTS), oneOf(OWNERS), Arbitraries.of(true, false)).as((amount, owner,
                    template) -> Transformer.mutate("create " + id + " " + amount + " by " + owner
                            + (template ? " from the template" : ""), x -> {
                        Contract header = ApprovalRig.contract(id, amount, owner);
                        CallContext as = SpiMother.as(owner);
                        x.attempt(header.id(), () -> template
                                ? x.manager.createDraftFromTemplate(as, TemplateDraft.of(header,
                                        TemplateId.of("sales-simple"), 1, VariableValues.builder().text("buyer", "ACME")
                                                .money("price", Money.of(amount, "CNY")).build()), "from template")
                                : x.manager.createDraft(as, header, "new deal"));
                    }));
        }
    }

    /** The owner submits a draft; the submission must make the SUBMIT transition. */
    static final class Submit implements Action.Dependent<ContractLifeWorld> {
        @Override
        public boolean precondition(ContractLifeWorld w) {
            return !w.inStatus(ContractStatus.DRAFT).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<ContractLifeWorld>> transformer(ContractLifeWorld w) {
            return oneOf(w.inStatus(ContractStatus.DRAFT)).map(id -> Transformer.mutate("submit " + id, x -> {
                Contract c = x.contract(id).orElseThrow();
                x.attempt(id, () -> x.manager.submit(SpiMother.as(c.owner().value()), id, c.revision(), "ready"))
                        .ifPresent(r -> assertEquals(Transition.SUBMIT.target(), r.contract().status()));
            }));
        }
    }

    /** A decision on a contract in approval by a person of its route (mostly) or anyone. */
    static final class Decide implements Action.Dependent<ContractLifeWorld> {
        @Override
        public boolean precondition(ContractLifeWorld w) {
            return !w.inStatus(ContractStatus.IN_APPROVAL).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<ContractLifeWorld>> transformer(ContractLifeWorld w) {
            return oneOf(w.inStatus(ContractStatus.IN_APPROVAL)).flatMap(id -> {
                List<String> route = routePeople(w, id);
                Arbitrary<String> who = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, oneOf(route)),
                        net.jqwik.api.Tuple.of(1, oneOf(ANYONE)));
                Arbitrary<Integer> kind = Arbitraries.frequency(net.jqwik.api.Tuple.of(8, 0), net.jqwik.api.Tuple.of(1, 1),
                        net.jqwik.api.Tuple.of(1, 2));
                return Combinators.combine(who, kind).as((actor, k) -> Transformer.mutate(
                        "decide " + id + " by " + actor + ": " + (k == 0 ? "approve" : k == 1 ? "reject" : "changes"),
                        x -> {
                            ApprovalDecision d = k == 0 ? ApprovalDecision.approve("ok")
                                    : k == 1 ? ApprovalDecision.reject("too expensive")
                                    : ApprovalDecision.requestChanges("change the term");
                            long r = x.contract(id).orElseThrow().revision();
                            x.attempt(id, () -> x.manager.decide(SpiMother.as(actor), id, r, d));
                        }));
            });
        }

        private static List<String> routePeople(ContractLifeWorld w, ContractId id) {
            TreeSet<String> people = new TreeSet<>();
            w.manager.approvalProcess(ROOT, id).ifPresent(p -> {
                for (RouteStage stage : p.route().stages()) {
                    for (Seat seat : stage.seats()) {
                        seat.candidates().forEach(u -> people.add(u.value()));
                    }
                    stage.escalation().forEach(u -> people.add(u.value()));
                }
            });
            return people.isEmpty() ? ANYONE : List.copyOf(people);
        }
    }

    /** Sends an approved contract for signature and records the customer's signature. */
    static final class Sign implements Action.Dependent<ContractLifeWorld> {
        @Override
        public boolean precondition(ContractLifeWorld w) {
            return !w.inStatus(ContractStatus.APPROVED).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<ContractLifeWorld>> transformer(ContractLifeWorld w) {
            return oneOf(w.inStatus(ContractStatus.APPROVED)).map(id -> Transformer.mutate("sign " + id, x -> {
                Contract c = x.contract(id).orElseThrow();
                Optional<CommandResult> sent = x.attempt(id, () -> x.manager.sendForSignature(
                        SpiMother.as(c.owner().value()), id, c.revision(), SIGNERS, "please sign"));
                assertTrue(sent.isPresent(), "the owner may send an approved contract");
                assertEquals(Transition.SEND_FOR_SIGNATURE.target(), sent.get().contract().status());
                SignatureRequest request = sent.get().messages().stream().filter(SignatureRequest.class::isInstance)
                        .map(SignatureRequest.class::cast).findFirst().orElseThrow();
                x.attempt(id, () -> x.manager.recordSignature(LEGAL, new SignatureOutcome(request.requestId(), id,
                        request.documentFingerprint(), SignatureOutcome.Result.SIGNED, "Li Lei", x.clock.instant()),
                        "signed")).ifPresent(r -> assertEquals(Transition.RECORD_SIGNATURE.target(), r.contract().status()));
            }));
        }
    }

    /** Activates a signed contract with a plan whose payments total its value. */
    static final class Activate implements Action.Dependent<ContractLifeWorld> {
        @Override
        public boolean precondition(ContractLifeWorld w) {
            return !w.inStatus(ContractStatus.SIGNED).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<ContractLifeWorld>> transformer(ContractLifeWorld w) {
            return Combinators.combine(oneOf(w.inStatus(ContractStatus.SIGNED)), Arbitraries.integers().between(0, 1))
                    .as((id, plan) -> Transformer.mutate("activate " + id + " with plan " + plan, x -> {
                        Contract c = x.contract(id).orElseThrow();
                        x.attempt(id, () -> x.manager.activate(SpiMother.as(c.owner().value()), id, c.revision(),
                                ObligationPlans.fromJson(PLANS.get(plan)), "in force"))
                                .ifPresent(r -> assertEquals(Transition.ACTIVATE.target(), r.contract().status()));
                    }));
        }
    }

    /**
     * A price change of a signed or active contract, by 50% to 150% of its value, effective some days
     * from today. A contract being carried out must refuse a value below what is paid and accept any other.
     */
    static final class Amend implements Action.Dependent<ContractLifeWorld> {
        @Override
        public boolean precondition(ContractLifeWorld w) {
            return !w.inStatus(ContractStatus.SIGNED, ContractStatus.ACTIVE).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<ContractLifeWorld>> transformer(ContractLifeWorld w) {
            return Combinators.combine(oneOf(w.inStatus(ContractStatus.SIGNED, ContractStatus.ACTIVE)),
                    Arbitraries.integers().between(50, 150), Arbitraries.integers().between(0, 30))
                    .as((id, percent, days) -> Transformer.mutate("amend " + id + " to " + percent + "% from +" + days
                            + "d", x -> {
                        Contract c = x.contract(id).orElseThrow();
                        Money value = c.value().times(BigDecimal.valueOf(percent, 2), RoundingMode.HALF_EVEN);
                        LocalDate today = LocalDate.ofInstant(x.clock.instant(), ContractLifeWorld.SHANGHAI);
                        LocalDate start = today.isBefore(c.term().effectiveDate()) ? c.term().effectiveDate() : today;
                        Optional<ObligationLedger> ledger = x.ledger(id);
                        Money paid = ledger.map(l -> l.fulfilled(ObligationKind.PAYMENT_IN, value.currency()))
                                .orElse(Money.zero(value.currency()));
                        boolean nothingOpen = ledger.map(l -> l.outstanding(ObligationKind.PAYMENT_IN,
                                value.currency()).isZero()).orElse(false);
                        String amendmentId = "a-" + x.clock.instant().toEpochMilli();
                        Optional<CommandResult> r = x.attempt(id, () -> x.manager.amend(
                                SpiMother.as(c.owner().value()), id, c.revision(), new Amendment.PriceChange(
                                        amendmentId, "price " + percent + "%", start.plusDays(days), value),
                                "price change"));
                        if (r.isPresent()) {
                            x.ledgerAmendments += ledger.isPresent() ? 1 : 0;
                            assertFalse(value.isLessThan(paid), "amended to " + value + " below the " + paid + " paid");
                        } else if (x.lastRefusal() != null
                                && x.lastRefusal().errorCode() == SpiError.AMENDMENT_UNSCHEDULABLE) {
                            assertEquals("amendment.newValue", x.lastRefusal().path());
                            assertTrue(value.isLessThan(paid) || nothingOpen && !value.equals(c.value()),
                                    "refused " + value + " with " + paid + " paid: " + x.lastRefusal().getMessage());
                        }
                    }));
        }
    }

    /** A payment of a random part of an open payment's outstanding amount, sometimes a cent more. */
    static final class Pay implements Action.Dependent<ContractLifeWorld> {
        @Override
        public boolean precondition(ContractLifeWorld w) {
            return !openPayments(w).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<ContractLifeWorld>> transformer(ContractLifeWorld w) {
            return Combinators.combine(oneOf(openPayments(w)), Arbitraries.integers().between(1, 100),
                    Arbitraries.frequency(net.jqwik.api.Tuple.of(9, false), net.jqwik.api.Tuple.of(1, true)))
                    .as((payment, percent, over) -> Transformer.mutate("pay " + percent + "%" + (over ? " + 0.01" : "")
                            + " of " + payment, x -> {
                        ContractId id = ContractId.of(payment.substring(0, payment.indexOf('/')));
                        String key = payment.substring(payment.indexOf('/') + 1);
                        Obligation o = x.ledger(id).orElseThrow().find(key).orElseThrow();
                        Money outstanding = o.outstanding().orElseThrow();
                        Money amount = outstanding.times(BigDecimal.valueOf(percent, 2), RoundingMode.DOWN);
                        if (!amount.isPositive()) {
                            amount = Money.ofMinor(1, amount.currency());
                        }
                        Money paying = over ? outstanding.plus(Money.ofMinor(1, amount.currency())) : amount;
                        LocalDate today = LocalDate.ofInstant(x.clock.instant(), ContractLifeWorld.SHANGHAI);
                        Optional<CommandResult> r = x.attempt(id, () -> x.manager.recordPayment(FINANCE, id, key,
                                paying, today, List.of("bank-slip"), "paid"));
                        assertEquals(!paying.isGreaterThan(outstanding), r.isPresent(),
                                "a payment of " + paying + " against " + outstanding + " outstanding");
                    }));
        }

        private static List<String> openPayments(ContractLifeWorld w) {
            List<String> out = new ArrayList<>();
            for (ContractId id : w.withLedger()) {
                for (Obligation o : w.ledger(id).orElseThrow().obligations()) {
                    if (o.status().isOpen() && o.outstanding().map(Money::isPositive).orElse(false)) {
                        out.add(id.value() + "/" + o.scheduled().key());
                    }
                }
            }
            return out;
        }
    }

    /** The clock moves by whole days and hours, then the host's scheduler runs due work. */
    static final class AdvanceAndRunDueWork implements Action.Independent<ContractLifeWorld> {
        @Override
        public Arbitrary<Transformer<ContractLifeWorld>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 23))
                    .as((days, hours) -> Transformer.mutate("advance " + days + "d " + hours + "h and run due work",
                            x -> {
                                x.clock.advance(Duration.ofDays(days).plusHours(hours));
                                DueWorkReport report = x.runDueWork();
                                assertEquals(0, report.failedSteps());
                                assertEquals(List.of(), report.failedLedgers(), "no ledger failed");
                            }));
        }
    }

    /** Legal terminates any contract; only a signed, active or suspended one may be. */
    static final class Terminate implements Action.Dependent<ContractLifeWorld> {
        @Override
        public boolean precondition(ContractLifeWorld w) {
            return !w.contracts.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<ContractLifeWorld>> transformer(ContractLifeWorld w) {
            return oneOf(w.contracts).map(id -> Transformer.mutate("terminate " + id, x -> {
                Contract c = x.contract(id).orElseThrow();
                Optional<CommandResult> r = x.attempt(id, () -> x.manager.terminate(LEGAL, id, c.revision(), "breach"));
                assertEquals(Transition.TERMINATE.allowedFrom(c.status()), r.isPresent(), "terminate from " + c.status());
            }));
        }
    }
}
