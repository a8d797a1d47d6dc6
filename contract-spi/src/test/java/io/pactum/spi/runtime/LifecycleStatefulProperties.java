package io.pactum.spi.runtime;

import static io.pactum.spi.SpiMother.as;
import static io.pactum.spi.SpiMother.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.IllegalTransitionException;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.Transition;
import io.pactum.spi.CallContext;
import io.pactum.spi.SpiMother;
import io.pactum.spi.SpiMother.Rig;
import io.pactum.spi.access.AccessDeniedException;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.internal.Fingerprints;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.SignatureOutcome;
import io.pactum.spi.port.Signer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random command sequences against the runtime, with random actors and the clock moving between
 * commands. After every command: a success made exactly the transition the table allows and wrote
 * one audit entry; a refused command changed nothing. At the end: audit successes = successful
 * commands, denials = denied commands, the chain verifies, the outbox delivered each message once.
 */
class LifecycleStatefulProperties {

    enum Kind {
        CREATE(null), EDIT(null), SUBMIT(Transition.SUBMIT), WITHDRAW(Transition.WITHDRAW), APPROVE(Transition.APPROVE),
        REJECT(Transition.REJECT), REVISE(Transition.REVISE), SEND(Transition.SEND_FOR_SIGNATURE),
        SIGNED(Transition.RECORD_SIGNATURE), DECLINED(Transition.SIGNATURE_FAILED), ACTIVATE(Transition.ACTIVATE),
        SUSPEND(Transition.SUSPEND), RESUME(Transition.RESUME), EXPIRE(Transition.EXPIRE),
        TERMINATE(Transition.TERMINATE), ARCHIVE(Transition.ARCHIVE), ADVANCE_CLOCK(null),
        /** The happy path's next command from the contract's status, so that sequences reach the later states. */
        PROGRESS(null);

        final Transition transition;

        Kind(Transition transition) {
            this.transition = transition;
        }
    }

    record Step(Kind kind, String actor, int contract, int minutes) {
    }

    private static final List<String> ACTORS = List.of("root", "root", "u-zhang", "u-wang", "u-li", "u-zhao");
    private static final List<Signer> SIGNERS = List.of(new Signer(PartyId.of("acme"), "Li Lei", "li@acme.example"));

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Kind.class)), net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.PROGRESS)))
                .map(k -> k);
        Arbitrary<Step> step = Combinators.combine(kinds, Arbitraries.of(ACTORS),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 60 * 24 * 40)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void randomCommands_onlyLegalTransitions_auditMatchesCommands(@ForAll("sequences") List<Step> steps) {
        Rig rig = SpiMother.rig();
        ContractManager m = rig.manager();
        CallContext reader = as("root");
        int successes = 0;
        int denials = 0;
        for (Step given : steps) {
            if (given.kind() == Kind.ADVANCE_CLOCK) {
                rig.clock().advance(Duration.ofMinutes(given.minutes()));
                m.dispatchOutbox(rig.clock().instant());
                continue;
            }
            ContractId id = ContractId.of("c-" + given.contract());
            Optional<Contract> before = rig.storage().get(reader, id);
            Step s = resolve(given, before);
            int auditBefore = rig.storage().readAll(reader).size();
            Instant now = rig.clock().instant();
            try {
                Contract after = run(m, as(s.actor()), s.kind(), id, before);
                successes++;
                // only legal transitions, and exactly the one the table names
                if (s.kind().transition != null) {
                    assertTrue(s.kind().transition.allowedFrom(before.orElseThrow().status()),
                            () -> s + " succeeded from " + before.get().status());
                    assertEquals(s.kind().transition.target(), after.status());
                } else {
                    assertTrue(before.isEmpty() || before.get().status() == ContractStatus.DRAFT, "only drafts change");
                    assertEquals(ContractStatus.DRAFT, after.status());
                }
                assertEquals(before.map(Contract::revision).orElse(0L) + 1, after.revision());
                List<AuditEntry> log = rig.storage().readAll(reader);
                assertEquals(auditBefore + 1, log.size(), "exactly one audit entry per successful command");
                AuditEntry last = log.get(log.size() - 1);
                assertEquals(AuditOutcome.SUCCESS, last.outcome());
                assertEquals(now, last.at(), "stamped by the manager's clock, UTC");
                assertEquals(s.actor(), last.actor());
            } catch (AccessDeniedException e) {
                denials++;
                assertEquals(before, rig.storage().get(reader, id), "a denial changes nothing");
                assertEquals(AuditOutcome.DENIED, lastEntry(rig).outcome(), "a denial is audited");
            } catch (io.pactum.core.error.PactumException e) {
                assertEquals(before, rig.storage().get(reader, id), "a refused command changes nothing");
                assertEquals(auditBefore, rig.storage().readAll(reader).size(), "a refused command is not audited");
                if (s.kind().transition != null && before.isPresent()) {
                    assertFalse(e instanceof IllegalTransitionException
                            && s.kind().transition.allowedFrom(before.get().status()), "a legal transition refused");
                    assertFalse(s.actor().equals("root") && s.kind().transition.allowedFrom(before.get().status()),
                            () -> "the administrator was refused a legal " + s + ": " + e.getMessage());
                }
            }
        }
        net.jqwik.api.statistics.Statistics.label("furthest status").collect(rig.storage()
                .find(reader, io.pactum.spi.port.ContractQuery.all(), io.pactum.spi.port.PageRequest.first(2)).items()
                .stream().map(c -> c.status().ordinal()).max(Integer::compare).map(o -> ContractStatus.values()[o])
                .orElse(null));
        List<AuditEntry> log = rig.storage().readAll(reader);
        assertEquals(successes, log.stream().filter(e -> e.outcome() == AuditOutcome.SUCCESS).count());
        assertEquals(denials, log.stream().filter(e -> e.outcome() == AuditOutcome.DENIED).count());
        assertTrue(m.verifyAuditLog(reader, rig.storage().checkpoint(reader)).intact());

        m.dispatchOutbox(rig.clock().instant());
        List<String> keys = rig.outbound().effects().stream().map(OutboxMessage::idempotencyKey).toList();
        assertEquals(keys.size(), new HashSet<>(keys).size(), "no message acted on twice");
        assertTrue(rig.storage().pending(reader, 1000).isEmpty(), "no message lost");
    }

    private static Step resolve(Step step, Optional<Contract> before) {
        if (step.kind() != Kind.PROGRESS) {
            return step;
        }
        Kind next = before.map(c -> switch (c.status()) {
            case DRAFT -> Kind.SUBMIT;
            case IN_APPROVAL -> step.minutes() % 5 == 0 ? Kind.REJECT : Kind.APPROVE;
            case APPROVED -> Kind.SEND;
            case REJECTED -> Kind.REVISE;
            case IN_SIGNATURE -> step.minutes() % 5 == 0 ? Kind.DECLINED : Kind.SIGNED;
            case SIGNED -> Kind.ACTIVATE;
            case ACTIVE -> step.minutes() % 3 == 0 ? Kind.SUSPEND : step.minutes() % 3 == 1 ? Kind.EXPIRE : Kind.TERMINATE;
            case SUSPENDED -> Kind.RESUME;
            default -> Kind.ARCHIVE;
        }).orElse(Kind.CREATE);
        return new Step(next, step.actor(), step.contract(), step.minutes());
    }

    private static AuditEntry lastEntry(Rig rig) {
        List<AuditEntry> log = rig.storage().readAll(as("root"));
        return log.get(log.size() - 1);
    }

    private static Contract run(ContractManager m, CallContext ctx, Kind kind, ContractId id, Optional<Contract> before) {
        long r = before.map(Contract::revision).orElse(0L);
        String fingerprint = before.map(Fingerprints::ofDocument).orElse("none");
        return switch (kind) {
            case CREATE -> m.createDraft(ctx, draft(id.value()), "new").contract();
            case EDIT -> m.edit(ctx, id, r, b -> b.title("edited at revision " + r), "edit").contract();
            case SUBMIT -> m.submit(ctx, id, r, "").contract();
            case WITHDRAW -> m.withdraw(ctx, id, r, "").contract();
            case APPROVE -> m.approve(ctx, id, r, "").contract();
            case REJECT -> m.reject(ctx, id, r, "too expensive").contract();
            case REVISE -> m.revise(ctx, id, r, "").contract();
            case SEND -> m.sendForSignature(ctx, id, r, SIGNERS, "").contract();
            case SIGNED -> m.recordSignature(ctx, new SignatureOutcome("req", id, fingerprint,
                    SignatureOutcome.Result.SIGNED, "Li Lei", Instant.EPOCH), "").contract();
            case DECLINED -> m.recordSignature(ctx, new SignatureOutcome("req", id, fingerprint,
                    SignatureOutcome.Result.DECLINED, "Li Lei", Instant.EPOCH), "").contract();
            case ACTIVATE -> m.activate(ctx, id, r, "").contract();
            case SUSPEND -> m.suspend(ctx, id, r, "").contract();
            case RESUME -> m.resume(ctx, id, r, "").contract();
            case EXPIRE -> m.expire(ctx, id, r, "").contract();
            case TERMINATE -> m.terminate(ctx, id, r, "breach").contract();
            case ARCHIVE -> m.archive(ctx, id, r, "").contract();
            case ADVANCE_CLOCK, PROGRESS -> throw new IllegalStateException("not a command");
        };
    }
}
