package io.pactum.spi.runtime;

import static io.pactum.spi.SpiMother.as;
import static io.pactum.spi.SpiMother.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.spi.CallContext;
import io.pactum.spi.MutableClock;
import io.pactum.spi.SpiMother;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.AuditLog;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.ContractStore;
import io.pactum.spi.port.OutboxEntry;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.OutboxStatus;
import io.pactum.spi.port.OutboxStore;
import io.pactum.spi.port.Page;
import io.pactum.spi.port.PageRequest;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.RecordStore;
import io.pactum.spi.port.StoredRecord;
import io.pactum.spi.port.Transaction;
import io.pactum.spi.port.UnitOfWork;
import io.pactum.spi.port.IdGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills the process (an {@link Error} nobody catches) at each point between writing the state and
 * marking the delivery, 1,000 times per point, restarts over the surviving storage and checks:
 * every message of every committed change is delivered, and the idempotent receiver acts on each
 * exactly once.
 */
class CrashInjectionTest {

    private static final int RUNS = 1000;

    /** Where the process dies. */
    enum Point {
        /** State staged in the transaction, audit entry not yet appended. */
        BEFORE_AUDIT_APPEND,
        /** State and audit staged, outbox message not yet enqueued. */
        BEFORE_OUTBOX_ENQUEUE,
        /** Committed; the process dies before any dispatch. */
        AFTER_COMMIT_BEFORE_DISPATCH,
        /** The dispatcher read the pending entries and dies calling the adapter. */
        DURING_DELIVERY,
        /** The adapter received the message; the process dies before the delivery is marked. */
        AFTER_DELIVERY_BEFORE_MARK
    }

    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String where) {
            super("simulated crash " + where);
        }
    }

    @ParameterizedTest
    @EnumSource(Point.class)
    void crash_atEachPoint_noLostMessageNoDuplicateEffect(Point point) {
        Random random = new Random(42 + point.ordinal());
        int crashes = 0;
        for (int run = 0; run < RUNS; run++) {
            crashes += runOnce(point, 1 + random.nextInt(3), run) ? 1 : 0;
        }
        // the process "dies" by never dispatching at AFTER_COMMIT_BEFORE_DISPATCH; elsewhere every run crashed
        assertEquals(point == Point.AFTER_COMMIT_BEFORE_DISPATCH ? 0 : RUNS, crashes, "crashes injected");
    }

    private boolean runOnce(Point point, int crashAtOccurrence, int run) {
        InMemoryStorage durable = InMemoryStorage.create();
        CrashingStorage crashing = new CrashingStorage(durable, point, crashAtOccurrence);
        RecordingOutbound receiver = RecordingOutbound.create();
        MutableClock clock = new MutableClock(SpiMother.START);
        ContractManager first = manager(crashing, receiver, clock, "a" + run, point == Point.DURING_DELIVERY, crashAtOccurrence);
        CallContext zhang = as("u-zhang");
        CallContext wang = as("u-wang");
        ContractId id = ContractId.of("c-1");
        boolean crashed = false;
        try {
            long r = first.createDraft(zhang, draft("c-1"), "").contract().revision();
            r = first.submit(zhang, id, r, "").contract().revision();
            first.approve(wang, id, r, "");
            if (point != Point.AFTER_COMMIT_BEFORE_DISPATCH) {
                first.dispatchOutbox(clock.instant());
            }
        } catch (SimulatedCrash expected) {
            // the process is gone; what is in durable storage is what survived
            crashed = true;
        }

        clock.advance(Duration.ofMinutes(1));
        ContractManager restarted = manager(durable, receiver, clock, "b" + run, false, 0);
        restarted.dispatchOutbox(clock.instant());

        Optional<Contract> state = durable.get(zhang, id);
        int expectedMessages = state.map(c -> expectedMessages(c.status())).orElse(0);
        List<OutboxEntry> outbox = Stream.concat(durable.pending(zhang, 100).stream(), delivered(durable).stream()).toList();
        assertEquals(expectedMessages, outbox.size(), "the outbox holds the messages of exactly the committed changes");
        assertTrue(durable.pending(zhang, 100).isEmpty(), "nothing left undelivered after the restart");
        Set<String> keys = outbox.stream().map(e -> e.message().idempotencyKey()).collect(Collectors.toSet());
        List<String> effects = receiver.effects().stream().map(OutboxMessage::idempotencyKey).toList();
        assertEquals(keys, new HashSet<>(effects), "every committed message reached the receiver: none lost");
        assertEquals(effects.size(), new HashSet<>(effects).size(), "the idempotent receiver acted on each once");
        long successes = durable.readAll(zhang).stream().filter(e -> e.outcome().name().equals("SUCCESS")).count();
        assertEquals(state.map(Contract::revision).orElse(0L), successes, "one audit entry per committed change");
        assertTrue(AuditVerifierCheck.intact(durable.readAll(zhang)));
        return crashed;
    }

    /** create: none; submit: head notified; approve: event and owner notified. */
    private static int expectedMessages(ContractStatus status) {
        if (status == ContractStatus.DRAFT) {
            return 0;
        }
        return status == ContractStatus.IN_APPROVAL ? 1 : 3;
    }

    private static List<OutboxEntry> delivered(InMemoryStorage s) {
        CallContext any = as("u-zhang");
        return Stream.iterate(1L, i -> i + 1).limit(10).map(i -> s.entry(any, i)).flatMap(Optional::stream)
                .filter(e -> e.status() == OutboxStatus.DELIVERED).toList();
    }

    private static <S extends ContractStore & RecordStore & UnitOfWork & OutboxStore & AuditLog> ContractManager manager(
            S storage,
            RecordingOutbound receiver, MutableClock clock, String idPrefix, boolean crashInAdapter, int crashAt) {
        RecordingOutbound target = receiver;
        int[] calls = {0};
        io.pactum.spi.port.NotificationPort notifications = (ctx, n) -> {
            if (crashInAdapter && ++calls[0] == crashAt) {
                throw new SimulatedCrash("in the adapter");
            }
            target.send(ctx, n);
        };
        io.pactum.spi.port.IntegrationEventPort events = (ctx, e) -> {
            if (crashInAdapter && ++calls[0] == crashAt) {
                throw new SimulatedCrash("in the adapter");
            }
            target.publish(ctx, e);
        };
        return ContractManager.builder().storage(storage).directory(SpiMother.directory())
                .accessPolicy(AccessPolicy.standard()).clock(clock).idGenerator(IdGenerator.sequential(idPrefix))
                .notifications(notifications).integrationEvents(events).build();
    }

    /** Delegates to durable storage and dies at the chosen point. */
    static final class CrashingStorage implements ContractStore, RecordStore, UnitOfWork, OutboxStore, AuditLog {
        private final InMemoryStorage d;
        private final Point point;
        private final int crashAt;
        private int occurrences;

        CrashingStorage(InMemoryStorage durable, Point point, int crashAt) {
            this.d = durable;
            this.point = point;
            this.crashAt = crashAt;
        }

        private void maybeCrash(Point here) {
            if (point == here && ++occurrences == crashAt) {
                throw new SimulatedCrash(here.name());
            }
        }

        @Override
        public <R> R inTransaction(CallContext ctx, Function<Transaction, R> work) {
            return d.inTransaction(ctx, tx -> work.apply(new Transaction() {
                @Override
                public CallContext context() {
                    return tx.context();
                }

                @Override
                public Optional<Contract> get(ContractId id) {
                    return tx.get(id);
                }

                @Override
                public Contract save(Contract contract, long expectedRevision) {
                    return tx.save(contract, expectedRevision);
                }

                @Override
                public Optional<StoredRecord> getRecord(RecordKey key) {
                    return tx.getRecord(key);
                }

                @Override
                public Stream<StoredRecord> records(RecordKind kind) {
                    return tx.records(kind);
                }

                @Override
                public StoredRecord saveRecord(RecordKey key, String body, @Nullable Instant wakeAt,
                        long expectedRevision) {
                    return tx.saveRecord(key, body, wakeAt, expectedRevision);
                }

                @Override
                public Optional<AuditEntry> auditHead() {
                    return tx.auditHead();
                }

                @Override
                public void appendAudit(AuditEntry entry) {
                    maybeCrash(Point.BEFORE_AUDIT_APPEND);
                    tx.appendAudit(entry);
                }

                @Override
                public boolean enqueue(OutboxMessage message, Instant at) {
                    maybeCrash(Point.BEFORE_OUTBOX_ENQUEUE);
                    return tx.enqueue(message, at);
                }
            }));
        }

        @Override
        public Optional<Contract> get(CallContext ctx, ContractId id) {
            return d.get(ctx, id);
        }

        @Override
        public Optional<StoredRecord> getRecord(CallContext ctx, RecordKey key) {
            return d.getRecord(ctx, key);
        }

        @Override
        public StoredRecord saveRecord(CallContext ctx, RecordKey key, String body, @Nullable Instant wakeAt,
                long expectedRevision) {
            return d.saveRecord(ctx, key, body, wakeAt, expectedRevision);
        }

        @Override
        public Stream<StoredRecord> records(CallContext ctx, RecordKind kind) {
            return d.records(ctx, kind);
        }

        @Override
        public Stream<StoredRecord> waking(CallContext ctx, RecordKind kind, Instant until) {
            return d.waking(ctx, kind, until);
        }

        @Override
        public Contract save(CallContext ctx, Contract contract, long expectedRevision) {
            return d.save(ctx, contract, expectedRevision);
        }

        @Override
        public Page<Contract> find(CallContext ctx, ContractQuery query, PageRequest page) {
            return d.find(ctx, query, page);
        }

        @Override
        public Stream<Contract> scan(CallContext ctx, ContractQuery query) {
            return d.scan(ctx, query);
        }

        @Override
        public Optional<AuditEntry> head(CallContext ctx) {
            return d.head(ctx);
        }

        @Override
        public List<AuditEntry> read(CallContext ctx, long fromSequence, int limit) {
            return d.read(ctx, fromSequence, limit);
        }

        @Override
        public List<OutboxEntry> pending(CallContext ctx, int limit) {
            return d.pending(ctx, limit);
        }

        @Override
        public Optional<OutboxEntry> entry(CallContext ctx, long sequence) {
            return d.entry(ctx, sequence);
        }

        @Override
        public void markDelivered(CallContext ctx, long sequence, Instant at) {
            maybeCrash(Point.AFTER_DELIVERY_BEFORE_MARK);
            d.markDelivered(ctx, sequence, at);
        }

        @Override
        public void markFailed(CallContext ctx, long sequence, int attempts, Instant nextAttemptAt, String error) {
            d.markFailed(ctx, sequence, attempts, nextAttemptAt, error);
        }

        @Override
        public void park(CallContext ctx, long sequence, int attempts, String error) {
            d.park(ctx, sequence, attempts, error);
        }

        @Override
        public List<OutboxEntry> parked(CallContext ctx, int limit) {
            return d.parked(ctx, limit);
        }

        @Override
        public void requeue(CallContext ctx, long sequence, Instant at) {
            d.requeue(ctx, sequence, at);
        }
    }
}
