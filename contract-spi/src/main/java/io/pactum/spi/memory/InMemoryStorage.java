package io.pactum.spi.memory;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import io.pactum.spi.CallContext;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.SpiError;
import io.pactum.spi.TenantId;
import io.pactum.spi.audit.AuditEntry;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The reference storage adapter: contracts, stored records, the unit of work, the outbox and the
 * audit log in memory. One lock serialises every transaction, which makes the guarantees of the ports easy to
 * see: a transaction's writes are staged and applied only when its work returns.
 *
 * <p>Thread-safe. Nothing survives the JVM; use it for tests, examples and the conformance kit.
 */
public final class InMemoryStorage implements ContractStore, RecordStore, UnitOfWork, OutboxStore, AuditLog {

    private static final Comparator<StoredRecord> BY_WAKE = Comparator
            .comparing((StoredRecord r) -> java.util.Objects.requireNonNull(r.wakeAt()))
            .thenComparing(r -> r.key().id());

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<TenantId, Map<ContractId, Contract>> contracts = new HashMap<>();
    private final Map<TenantId, List<AuditEntry>> audit = new HashMap<>();
    private final Map<TenantId, Map<RecordKey, StoredRecord>> records = new HashMap<>();
    private final TreeMap<Long, OutboxEntry> outbox = new TreeMap<>();
    /** The sequences of pending entries: dispatch reads these, not the whole history. */
    private final java.util.TreeSet<Long> pendingSequences = new java.util.TreeSet<>();
    private final Map<TenantId, Set<String>> outboxKeys = new HashMap<>();
    private long lastOutboxSequence;

    private InMemoryStorage() {
    }

    /** An empty storage. */
    public static InMemoryStorage create() {
        return new InMemoryStorage();
    }

    @Override
    public <R> R inTransaction(CallContext ctx, Function<Transaction, R> work) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(work, "work");
        lock.lock();
        try {
            Tx tx = new Tx(ctx);
            R result = work.apply(tx);
            tx.apply();
            return result;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Contract> get(CallContext ctx, ContractId id) {
        Objects.requireNonNull(id, "id");
        lock.lock();
        try {
            return Optional.ofNullable(tenantContracts(ctx.tenant()).get(id));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Contract save(CallContext ctx, Contract contract, long expectedRevision) {
        return inTransaction(ctx, tx -> tx.save(contract, expectedRevision));
    }

    @Override
    public Page<Contract> find(CallContext ctx, ContractQuery query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        List<Contract> all = matching(ctx, query);
        int from = (int) Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size());
        return new Page<>(all.subList(from, to), all.size(), page);
    }

    @Override
    public Stream<Contract> scan(CallContext ctx, ContractQuery query) {
        return matching(ctx, query).stream();
    }

    private List<Contract> matching(CallContext ctx, ContractQuery query) {
        Objects.requireNonNull(query, "query");
        lock.lock();
        try {
            return tenantContracts(ctx.tenant()).values().stream().filter(query::matches).sorted(ORDER).toList();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<StoredRecord> getRecord(CallContext ctx, RecordKey key) {
        Objects.requireNonNull(key, "key");
        lock.lock();
        try {
            return Optional.ofNullable(tenantRecords(ctx.tenant()).get(key));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public StoredRecord saveRecord(CallContext ctx, RecordKey key, String body, @Nullable Instant wakeAt,
            long expectedRevision) {
        return inTransaction(ctx, tx -> tx.saveRecord(key, body, wakeAt, expectedRevision));
    }

    @Override
    public Stream<StoredRecord> records(CallContext ctx, RecordKind kind) {
        Objects.requireNonNull(kind, "kind");
        lock.lock();
        try {
            return tenantRecords(ctx.tenant()).values().stream().filter(r -> r.key().kind().equals(kind))
                    .sorted(Comparator.comparing(r -> r.key().id())).toList().stream();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Stream<StoredRecord> waking(CallContext ctx, RecordKind kind, Instant until) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(until, "until");
        lock.lock();
        try {
            return tenantRecords(ctx.tenant()).values().stream()
                    .filter(r -> r.key().kind().equals(kind) && r.wakeAt() != null && !r.wakeAt().isAfter(until))
                    .sorted(BY_WAKE).toList().stream();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<AuditEntry> head(CallContext ctx) {
        lock.lock();
        try {
            List<AuditEntry> log = audit.getOrDefault(ctx.tenant(), List.of());
            return log.isEmpty() ? Optional.empty() : Optional.of(log.get(log.size() - 1));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<AuditEntry> read(CallContext ctx, long fromSequence, int limit) {
        lock.lock();
        try {
            List<AuditEntry> log = audit.getOrDefault(ctx.tenant(), List.of());
            int from = (int) Math.min(log.size(), Math.max(0, fromSequence - 1));
            int to = (int) Math.min(log.size(), (long) from + Math.max(0, limit));
            return List.copyOf(log.subList(from, to));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<OutboxEntry> pending(CallContext ctx, int limit) {
        lock.lock();
        try {
            return pendingSequences.stream().limit(limit).map(outbox::get).toList();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<OutboxEntry> entry(CallContext ctx, long sequence) {
        lock.lock();
        try {
            return Optional.ofNullable(outbox.get(sequence));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void markDelivered(CallContext ctx, long sequence, Instant at) {
        update(sequence, e -> new OutboxEntry(e.sequence(), e.tenant(), e.correlationId(), e.message(),
                OutboxStatus.DELIVERED, e.attempts(), e.enqueuedAt(), at, e.lastError()));
    }

    @Override
    public void markFailed(CallContext ctx, long sequence, int attempts, Instant nextAttemptAt, String error) {
        update(sequence, e -> new OutboxEntry(e.sequence(), e.tenant(), e.correlationId(), e.message(),
                OutboxStatus.PENDING, attempts, e.enqueuedAt(), nextAttemptAt, error));
    }

    @Override
    public void park(CallContext ctx, long sequence, int attempts, String error) {
        update(sequence, e -> new OutboxEntry(e.sequence(), e.tenant(), e.correlationId(), e.message(),
                OutboxStatus.PARKED, attempts, e.enqueuedAt(), e.nextAttemptAt(), error));
    }

    @Override
    public List<OutboxEntry> parked(CallContext ctx, int limit) {
        lock.lock();
        try {
            return outbox.values().stream().filter(e -> e.status() == OutboxStatus.PARKED).limit(limit).toList();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void requeue(CallContext ctx, long sequence, Instant at) {
        lock.lock();
        try {
            OutboxEntry e = outbox.get(sequence);
            if (e == null || e.status() != OutboxStatus.PARKED) {
                throw new PactumException(SpiError.OUTBOX_ENTRY_NOT_FOUND, "sequence",
                        "no parked outbox entry " + sequence);
            }
            outbox.put(sequence, new OutboxEntry(e.sequence(), e.tenant(), e.correlationId(), e.message(),
                    OutboxStatus.PENDING, 0, e.enqueuedAt(), at, e.lastError()));
            pendingSequences.add(sequence);
        } finally {
            lock.unlock();
        }
    }

    private void update(long sequence, Function<OutboxEntry, OutboxEntry> change) {
        lock.lock();
        try {
            OutboxEntry e = outbox.get(sequence);
            if (e == null) {
                throw new PactumException(SpiError.OUTBOX_ENTRY_NOT_FOUND, "sequence", "no outbox entry " + sequence);
            }
            if (e.status() == OutboxStatus.PENDING) {
                OutboxEntry changed = change.apply(e);
                outbox.put(sequence, changed);
                if (changed.status() != OutboxStatus.PENDING) {
                    pendingSequences.remove(sequence);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private Map<ContractId, Contract> tenantContracts(TenantId tenant) {
        return contracts.getOrDefault(tenant, Map.of());
    }

    private Map<RecordKey, StoredRecord> tenantRecords(TenantId tenant) {
        return records.getOrDefault(tenant, Map.of());
    }

    /** A transaction's staged writes; applied under the lock when the work returns. */
    private final class Tx implements Transaction {
        private final CallContext ctx;
        private final Map<ContractId, Contract> staged = new LinkedHashMap<>();
        private final Map<RecordKey, StoredRecord> stagedRecords = new LinkedHashMap<>();
        private final List<AuditEntry> stagedAudit = new ArrayList<>();
        private final List<OutboxMessage> stagedOutbox = new ArrayList<>();
        private final List<Instant> stagedOutboxAt = new ArrayList<>();
        private final Set<String> stagedKeys = new HashSet<>();

        Tx(CallContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public CallContext context() {
            return ctx;
        }

        @Override
        public Optional<Contract> get(ContractId id) {
            Objects.requireNonNull(id, "id");
            @Nullable Contract c = staged.get(id);
            return c != null ? Optional.of(c) : Optional.ofNullable(tenantContracts(ctx.tenant()).get(id));
        }

        @Override
        public Contract save(Contract contract, long expectedRevision) {
            Objects.requireNonNull(contract, "contract");
            long actual = get(contract.id()).map(Contract::revision).orElse(0L);
            if (actual != expectedRevision) {
                throw new RevisionConflictException(contract.id(), expectedRevision, actual);
            }
            Contract saved = contract.withRevision(expectedRevision + 1);
            staged.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Optional<StoredRecord> getRecord(RecordKey key) {
            Objects.requireNonNull(key, "key");
            @Nullable StoredRecord r = stagedRecords.get(key);
            return r != null ? Optional.of(r) : Optional.ofNullable(tenantRecords(ctx.tenant()).get(key));
        }

        @Override
        public Stream<StoredRecord> records(RecordKind kind) {
            Objects.requireNonNull(kind, "kind");
            Map<String, StoredRecord> byId = new TreeMap<>();
            tenantRecords(ctx.tenant()).values().stream().filter(r -> r.key().kind().equals(kind))
                    .forEach(r -> byId.put(r.key().id(), r));
            // staged saves replace (or add to) what is stored
            stagedRecords.values().stream().filter(r -> r.key().kind().equals(kind))
                    .forEach(r -> byId.put(r.key().id(), r));
            return List.copyOf(byId.values()).stream();
        }

        @Override
        public StoredRecord saveRecord(RecordKey key, String body, @Nullable Instant wakeAt, long expectedRevision) {
            Objects.requireNonNull(key, "key");
            long actual = getRecord(key).map(StoredRecord::revision).orElse(0L);
            if (actual != expectedRevision) {
                throw new RevisionConflictException(key, expectedRevision, actual);
            }
            StoredRecord saved = new StoredRecord(key, expectedRevision + 1, body, wakeAt);
            stagedRecords.put(key, saved);
            return saved;
        }

        @Override
        public Optional<AuditEntry> auditHead() {
            if (!stagedAudit.isEmpty()) {
                return Optional.of(stagedAudit.get(stagedAudit.size() - 1));
            }
            return head(ctx);
        }

        @Override
        public void appendAudit(AuditEntry entry) {
            Objects.requireNonNull(entry, "entry");
            Optional<AuditEntry> head = auditHead();
            long expectedSequence = head.map(h -> h.sequence() + 1).orElse(1L);
            String expectedPrevious = head.map(AuditEntry::hash).orElse(AuditEntry.GENESIS_HASH);
            if (entry.sequence() != expectedSequence || !entry.previousHash().equals(expectedPrevious)
                    || !entry.tenant().equals(ctx.tenant().value())) {
                throw new PactumException(SpiError.AUDIT_CHAIN_BROKEN, "sequence", "audit entry " + entry.sequence()
                        + " does not continue the chain of tenant " + ctx.tenant() + " at sequence " + (expectedSequence - 1));
            }
            stagedAudit.add(entry);
        }

        @Override
        public boolean enqueue(OutboxMessage message, Instant at) {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(at, "at");
            String key = message.idempotencyKey();
            if (outboxKeys.getOrDefault(ctx.tenant(), Set.of()).contains(key) || !stagedKeys.add(key)) {
                return false;
            }
            stagedOutbox.add(message);
            stagedOutboxAt.add(at);
            return true;
        }

        void apply() {
            if (!staged.isEmpty()) {
                contracts.computeIfAbsent(ctx.tenant(), t -> new HashMap<>()).putAll(staged);
            }
            if (!stagedRecords.isEmpty()) {
                records.computeIfAbsent(ctx.tenant(), t -> new HashMap<>()).putAll(stagedRecords);
            }
            if (!stagedAudit.isEmpty()) {
                audit.computeIfAbsent(ctx.tenant(), t -> new ArrayList<>()).addAll(stagedAudit);
            }
            for (int i = 0; i < stagedOutbox.size(); i++) {
                OutboxMessage m = stagedOutbox.get(i);
                long seq = ++lastOutboxSequence;
                outbox.put(seq, new OutboxEntry(seq, ctx.tenant(), ctx.correlationId(), m, OutboxStatus.PENDING, 0,
                        stagedOutboxAt.get(i), stagedOutboxAt.get(i), null));
                pendingSequences.add(seq);
                outboxKeys.computeIfAbsent(ctx.tenant(), t -> new HashSet<>()).add(m.idempotencyKey());
            }
        }
    }
}
