package io.pactum.spi.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.spi.internal.AuditChainWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The writer and the verifier agree on intact logs, and the verifier rejects every corrupted one:
 * a flipped bit in any field, a deleted, swapped or inserted entry, and a log cut short (against
 * the checkpoint exported before the damage).
 */
class AuditVerifierProperties {

    enum Corruption { BIT_FLIP, DELETE, SWAP, INSERT, TRUNCATE }

    private static final String[] FIELDS = {"sequence", "at", "tenant", "actor", "action", "contractId", "outcome",
        "before", "after", "reason", "correlationId", "previousHash", "hash"};

    @Property(tries = 10_000)
    void verify_randomCorruption_rejected(@ForAll("logs") List<AuditEntry> log, @ForAll Corruption corruption,
            @ForAll long seed) {
        AuditCheckpoint checkpoint = log.get(log.size() - 1).checkpoint();
        assertTrue(AuditVerifier.verify(log, checkpoint).intact(), "the untouched log is accepted");
        List<AuditEntry> damaged = corrupt(log, corruption, new Random(seed));
        AuditVerification v = AuditVerifier.verify(damaged, checkpoint);
        assertFalse(v.intact(), () -> corruption + " went unnoticed");
    }

    @Property(tries = 2_000)
    void verify_untouchedLog_accepted(@ForAll("logs") List<AuditEntry> log) {
        assertTrue(AuditVerifier.verify(log, null).intact());
        assertTrue(AuditVerifier.verify(log, log.get(log.size() - 1).checkpoint()).intact());
        assertTrue(AuditVerifier.verify(log, log.get(0).checkpoint()).intact(), "an older checkpoint holds too");
    }

    @Test
    void verify_emptyLogAgainstEmptyCheckpoint_accepted() {
        assertTrue(AuditVerifier.verify(List.of(), AuditCheckpoint.empty()).intact());
    }

    @Test
    void verify_lastEntryDeletedWithoutCheckpoint_undetectableByTheChainAlone() {
        // Why checkpoints exist: a cut tail leaves a valid chain.
        List<AuditEntry> log = build(3, new Random(1));
        assertTrue(AuditVerifier.verify(log.subList(0, 2), null).intact());
        assertFalse(AuditVerifier.verify(log.subList(0, 2), log.get(2).checkpoint()).intact());
    }

    @Test
    void hashOf_writerAndVerifier_agreeOnAKnownEntry() {
        AuditEntry e = AuditChainWriter.next(null, Instant.parse("2026-03-01T08:00:00.123456Z"), "t", "u-zhang", "SUBMIT",
                "c-1", AuditOutcome.SUCCESS, null, "ab", "ready", "corr");
        assertEquals(Instant.parse("2026-03-01T08:00:00.123Z"), e.at(), "stored at millisecond precision");
        assertEquals(1, e.sequence());
        assertEquals(AuditEntry.GENESIS_HASH, e.previousHash());
        assertEquals(AuditVerifier.hashOf(e), e.hash());
    }

    @Provide
    Arbitrary<List<AuditEntry>> logs() {
        return Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.longs())
                .as((size, seed) -> build(size, new Random(seed)));
    }

    static List<AuditEntry> build(int size, Random r) {
        List<AuditEntry> log = new ArrayList<>();
        @Nullable AuditEntry head = null;
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(r.nextInt(1_000_000));
        for (int i = 0; i < size; i++) {
            at = at.plusMillis(r.nextInt(100_000));
            boolean denied = r.nextInt(5) == 0;
            head = AuditChainWriter.next(head, at, "tenant-" + r.nextInt(3), "u-" + r.nextInt(10),
                    List.of("CREATE", "SUBMIT", "APPROVE", "TERMINATE").get(r.nextInt(4)), "c-" + r.nextInt(5),
                    denied ? AuditOutcome.DENIED : AuditOutcome.SUCCESS, denied || i == 0 ? null : hex(r),
                    denied ? null : hex(r), r.nextBoolean() ? "" : "reason " + r.nextInt(), "corr-" + r.nextInt(100));
            log.add(head);
        }
        return log;
    }

    private static String hex(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            s.append("0123456789abcdef".charAt(r.nextInt(16)));
        }
        return s.toString();
    }

    static List<AuditEntry> corrupt(List<AuditEntry> original, Corruption kind, Random r) {
        List<AuditEntry> log = new ArrayList<>(original);
        int n = log.size();
        if (kind == Corruption.BIT_FLIP) {
            int i = r.nextInt(n);
            log.set(i, flip(log.get(i), r));
        } else if (kind == Corruption.DELETE) {
            log.remove(r.nextInt(n));
        } else if (kind == Corruption.SWAP && n >= 2) {
            int i = r.nextInt(n);
            int j = (i + 1 + r.nextInt(n - 1)) % n;
            AuditEntry a = log.get(i);
            log.set(i, log.get(j));
            log.set(j, a);
        } else if (kind == Corruption.SWAP) {
            log.add(0, log.get(0)); // a one-entry log cannot be swapped: duplicate instead
        } else if (kind == Corruption.INSERT) {
            // a forged entry with a correct hash of its own, or a replayed copy
            AuditEntry forged = r.nextBoolean() ? log.get(r.nextInt(n))
                    : AuditChainWriter.next(log.get(r.nextInt(n)), Instant.parse("2026-06-01T00:00:00Z"), "tenant-0",
                            "intruder", "APPROVE", "c-1", AuditOutcome.SUCCESS, null, hex(r), "", "x");
            // before an existing entry: a well-formed entry after the last one is an append, not an insertion
            log.add(r.nextInt(n), forged);
        } else {
            int keep = r.nextInt(n);
            log = new ArrayList<>(log.subList(0, keep));
        }
        return log;
    }

    /** One bit flipped in one field of the entry. */
    static AuditEntry flip(AuditEntry e, Random r) {
        while (true) {
            String field = FIELDS[r.nextInt(FIELDS.length)];
            long seq = e.sequence();
            Instant at = e.at();
            String tenant = e.tenant();
            String actor = e.actor();
            String action = e.action();
            String contractId = e.contractId();
            AuditOutcome outcome = e.outcome();
            String before = e.beforeFingerprint();
            String after = e.afterFingerprint();
            String reason = e.reason();
            String corr = e.correlationId();
            String prev = e.previousHash();
            String hash = e.hash();
            switch (field) {
                case "sequence" -> seq ^= 1L << r.nextInt(20);
                case "at" -> at = Instant.ofEpochMilli(at.toEpochMilli() ^ (1L << r.nextInt(40)));
                case "tenant" -> tenant = flip(tenant, r);
                case "actor" -> actor = flip(actor, r);
                case "action" -> action = flip(action, r);
                case "contractId" -> contractId = flip(contractId, r);
                case "outcome" -> outcome = outcome == AuditOutcome.SUCCESS ? AuditOutcome.DENIED : AuditOutcome.SUCCESS;
                case "before" -> {
                    if (before == null) {
                        continue;
                    }
                    before = flip(before, r);
                }
                case "after" -> {
                    if (after == null) {
                        continue;
                    }
                    after = flip(after, r);
                }
                case "reason" -> {
                    if (reason.isEmpty()) {
                        continue;
                    }
                    reason = flip(reason, r);
                }
                case "correlationId" -> corr = flip(corr, r);
                case "previousHash" -> prev = flip(prev, r);
                default -> hash = flip(hash, r);
            }
            return new AuditEntry(seq, at, tenant, actor, action, contractId, outcome, before, after, reason, corr, prev,
                    hash);
        }
    }

    private static String flip(String s, Random r) {
        char[] c = s.toCharArray();
        int i = r.nextInt(c.length);
        c[i] = (char) (c[i] ^ (1 << r.nextInt(7)));
        return new String(c);
    }
}
