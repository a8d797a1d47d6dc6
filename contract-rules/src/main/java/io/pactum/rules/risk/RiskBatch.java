package io.pactum.rules.risk;

import io.pactum.core.error.PactumException;
import io.pactum.rules.risk.internal.SortedArrayMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * A chunk of a portfolio compiled for {@link RiskEngine#scanBatch}: every date-dependent rule of
 * every contract reduced to a half-open interval of days {@code [from, until)} on which it raises
 * an alert, with the alert's rule and severity as a code, all in primitive columns shared by the
 * whole batch; everything that does not depend on the date counted once, when the batch is built.
 *
 * <p>The intervals: the expiry, cancel-by and auto-renewal windows (the profile's lead days
 * before the date, the date included); the approval SLA and signature-pending rules (from the day
 * they apply, without end); amendment churn (the days on which more than the allowed number of
 * amendments fall in the period, computed from the sorted amendment dates); and each obligation
 * from its first alert day (due date plus grace) to its fulfilment. An interval that can never
 * hold (an obligation fulfilled before it could be late, one no rule watches, a contract without
 * the window's date) is not stored. Payments carry a marker code instead of a severity: their
 * severity is the aging bucket of the scan date.
 *
 * <p>Counted once, at build time: the budget, clause-deviation, mandatory-clause and custom rules
 * (they depend on the snapshot, not on the date) by severity, rule, department and counterparty,
 * and each counterparty's in-force value. A scan starts from these counts and walks the interval
 * columns front to back, touching a contract's other columns only when one of its intervals holds.
 *
 * <p>A batch is compiled against one engine's profiles and can be scanned for any date, but only
 * by that engine. It keeps a reference to each {@link RiskSnapshot} it was built from, to build
 * alerts only when asked ({@link BatchScan#forEachAlert}). Immutable and thread-safe once built.
 */
public final class RiskBatch {

    /**
     * Days in the columns are kept within +-2^29 and the scan date is clamped to +-2^28, so that
     * the scan can compare days by the sign of an int difference without overflow. Snapshot dates
     * are in the years 1 to 9999 (about +-3,000,000), so clamping changes no comparison.
     */
    static final int LIMIT = 1 << 28;
    /** "Without end" / "never": after any clamped scan date. */
    static final int NEVER = 1 << 29;

    static int clamp(long day) {
        return (int) Math.max(-LIMIT, Math.min(LIMIT, day));
    }

    private static final ObligationKind[] KINDS = ObligationKind.values();

    // the row layouts of the two int arrays: a row's width, then each field's offset within it
    static final int CONTRACT_WIDTH = 3;
    static final int DEPARTMENT = 0;
    static final int PARTY = 1;
    static final int PROFILE = 2;
    static final int INTERVAL_WIDTH = 3;
    static final int FROM = 0;
    static final int UNTIL = 1;
    /** The interval's contract (its position in the batch) shifted left by 8, or'ed with its code. */
    static final int OWNER_CODE = 2;
    /**
     * The most contracts in one batch: a contract's position takes the 24 high bits of an
     * interval's owner-and-code word. A larger portfolio is scanned as several batches.
     */
    public static final int MAX_CONTRACTS = 1 << 24;
    /**
     * The code of a payment's interval: its severity is the aging bucket of the scan date. Every
     * dated rule's code ({@code ordinal << 3 | severity}) of the built-in rules is below it.
     */
    static final int PAYMENT = 0xFF;

    final RiskEngine engine;
    final int size;
    final long obligations;
    final RiskSnapshot[] snapshots;
    /**
     * Per contract {@value #CONTRACT_WIDTH} ints: its department, counterparty and profile, side
     * by side so that a hit reads one cache line for them.
     */
    final int[] contracts;
    /**
     * Per interval {@value #INTERVAL_WIDTH} ints: its first day, its end (the first day it no
     * longer holds), and its contract and code in one word; interleaved so that a hit finds its
     * contract and code on the line the day test read, without searching.
     */
    final int[] intervals;
    final int intervalCount;
    /** The undated rules' counts: by severity ordinal, rule slot, department, counterparty. */
    final long[] staticBySeverity;
    final long[] staticByRule;
    final long[] staticByDepartment;
    final long[] staticByParty;
    /** A bit per contract: raised an undated alert. */
    final long[] staticAlerting;
    final String[] departmentIds;
    /** Department and counterparty indexes in id order, to build sorted summaries in one pass. */
    final int[] departmentOrder;
    final String[] partyIds;
    final int[] partyOrder;
    /** In-force value and contracts by counterparty id: the same for every scan date. */
    final SortedMap<String, Exposure> exposures;

    private RiskBatch(Builder b) {
        this.engine = b.engine;
        int n = b.size;
        this.size = n;
        this.obligations = b.obligations;
        this.snapshots = Arrays.copyOf(b.snapshots, n);
        this.contracts = Arrays.copyOf(b.contracts, CONTRACT_WIDTH * n);
        // the interval column may be longer than used (no trimming copy of 100 MB)
        this.intervals = b.intervals;
        this.intervalCount = b.count;
        this.staticBySeverity = b.staticBySeverity;
        this.staticByRule = b.staticByRule;
        this.staticByDepartment = Arrays.copyOf(b.staticByDepartment, b.departmentIds.size());
        this.staticByParty = Arrays.copyOf(b.staticByParty, b.partyIds.size());
        this.staticAlerting = Arrays.copyOf(b.staticAlerting, (n + 63) >>> 6);
        this.departmentIds = b.departmentIds.toArray(new String[0]);
        this.partyIds = b.partyIds.toArray(new String[0]);
        this.departmentOrder = order(departmentIds);
        this.partyOrder = order(partyIds);
        this.exposures = exposures(partyOrder, partyIds, b.exposure, b.exposureCount, b.partyNames);
    }

    private static int[] order(String[] ids) {
        return java.util.stream.IntStream.range(0, ids.length).boxed()
                .sorted((x, y) -> ids[x].compareTo(ids[y])).mapToInt(Integer::intValue).toArray();
    }

    private static SortedMap<String, Exposure> exposures(int[] order, String[] ids, long[] minor, long[] contracts,
            List<@Nullable String> names) {
        String[] keys = new String[order.length];
        Object[] values = new Object[order.length];
        int m = 0;
        for (int i : order) {
            String name = names.get(i);
            if (contracts[i] != 0 && name != null) {
                keys[m] = ids[i];
                values[m++] = new Exposure(minor[i], contracts[i], name);
            }
        }
        return new SortedArrayMap<>(keys, values, m);
    }

    /** The number of contracts. */
    public int size() {
        return size;
    }

    /** The number of obligations in the snapshots (stored as intervals only when they can alert). */
    public long obligationCount() {
        return obligations;
    }

    /** The number of stored intervals: the rows a scan walks. */
    public int intervalCount() {
        return intervalCount;
    }

    /**
     * The bytes a scan of this batch reads, counting every column in full: per interval its first
     * day, end day, contract and code (12 B); per contract its department, counterparty and
     * profile (12 B), which a scan reads only for contracts with a dated alert. Sizes the
     * memory-bandwidth floor in benchmarks; the snapshots kept for building alerts are not read
     * by a scan.
     */
    public long scannedBytes() {
        return 4L * CONTRACT_WIDTH * size + 4L * INTERVAL_WIDTH * intervalCount();
    }

    @Override
    public String toString() {
        return "RiskBatch[" + size + " contracts, " + intervalCount() + " intervals]";
    }

    /**
     * Appends snapshots to a batch. Each snapshot is checked against the engine's profiles as it is
     * added, so that a value in another currency without a rate fails here with {@code
     * RuleError.RATE_MISSING} at {@code value}, as a chunk scan would. Not thread-safe; one per
     * thread (a host scanning on several threads builds one batch per thread).
     */
    public static final class Builder {
        private final RiskEngine engine;
        private final RuleCodes codes;
        private final ContractEvaluator evaluator;
        private int size;
        private final int maxContracts;
        private int count;
        private long obligations;
        private RiskSnapshot[] snapshots;
        private int[] contracts;
        private int[] intervals;
        private final long[] staticBySeverity = new long[Severity.values().length];
        private final long[] staticByRule;
        private long[] staticByDepartment = new long[16];
        private long[] staticByParty = new long[16];
        private long[] staticAlerting;
        private long[] exposure = new long[16];
        private long[] exposureCount = new long[16];
        private boolean built;
        private final List<String> departmentIds = new ArrayList<>();
        private final Map<String, Integer> departmentIndex = new HashMap<>();
        private final List<String> partyIds = new ArrayList<>();
        private final List<@Nullable String> partyNames = new ArrayList<>();
        private final Map<String, Integer> partyIndex = new HashMap<>();
        private final List<Integer> undated = new ArrayList<>(2);

        Builder(RiskEngine engine, int expectedContracts) {
            // a guess, not fitted to any portfolio: the interval columns grow if it is short
            this(engine, expectedContracts, 8L * Math.max(16, expectedContracts), MAX_CONTRACTS);
        }

        /** With a lower contract limit, so that tests reach it without 16 million contracts. */
        Builder(RiskEngine engine, int expectedContracts, long expectedIntervals, int maxContracts) {
            this.engine = engine;
            this.maxContracts = Math.min(maxContracts, MAX_CONTRACTS);
            this.codes = engine.codes();
            this.evaluator = engine.evaluator();
            int n = Math.max(16, Math.min(expectedContracts, this.maxContracts));
            snapshots = new RiskSnapshot[n];
            contracts = new int[CONTRACT_WIDTH * n];
            staticAlerting = new long[(n + 63) >>> 6];
            staticByRule = new long[codes.slots()];
            intervals = new int[(int) Math.min(Integer.MAX_VALUE - 8, INTERVAL_WIDTH * Math.max(16, expectedIntervals))];
        }

        /**
         * Appends one contract. Each contract must be in exactly one batch of a scan.
         *
         * @param s the contract's snapshot
         * @return this builder
         * @throws PactumException {@code RuleError.RATE_MISSING} when the value or a custom rule's
         *     amount needs a missing exchange rate; {@link RiskError#TOTAL_OVERFLOW} when a
         *     counterparty's in-force total in the batch exceeds 2^63 minor units
         */
        public Builder add(RiskSnapshot s) {
            Objects.requireNonNull(s, "snapshot");
            if (built) {
                throw new IllegalStateException("the batch was built already");
            }
            RiskProfile p = evaluator.profile(s);
            int pi = codes.profileIndex(p);
            boolean inForce = ContractEvaluator.inForce(s.status);
            // everything that can fail comes first, so that a failed add appends nothing
            long minor = inForce ? engine.portfolioMinor(s) : 0;
            undatedRules(s);
            int dep = departmentIndex.computeIfAbsent(s.department.value(), k -> {
                departmentIds.add(k);
                return departmentIds.size() - 1;
            });
            int pty = partyIndex.computeIfAbsent(s.partyKey, k -> {
                partyIds.add(k);
                partyNames.add(null);
                return partyIds.size() - 1;
            });
            ensureCounters(dep, pty);
            long total = exposure[pty];
            if (inForce) {
                try {
                    total = Math.addExact(total, minor);
                } catch (ArithmeticException e) {
                    throw ScanAccumulator.overflow();
                }
            }
            int i = size;
            if (i == maxContracts) {
                throw new PactumException(RiskError.BATCH_FULL, "batch",
                        "a batch holds at most " + maxContracts + " contracts; scan a larger portfolio as several batches");
            }
            ensureContracts(i + 1);
            snapshots[i] = s;
            int c = CONTRACT_WIDTH * i;
            contracts[c + DEPARTMENT] = dep;
            contracts[c + PARTY] = pty;
            contracts[c + PROFILE] = pi;
            if (inForce) {
                exposure[pty] = total;
                exposureCount[pty]++;
                String known = partyNames.get(pty);
                if (known == null || s.counterpartyName.compareTo(known) < 0) {
                    partyNames.set(pty, s.counterpartyName);
                }
            }
            for (int u : undated) {
                staticBySeverity[u & 7]++;
                staticByRule[u >>> 3]++;
                staticByDepartment[dep]++;
                staticByParty[pty]++;
                staticAlerting[i >>> 6] |= 1L << i;
            }
            if (inForce) {
                window(p.expiry(), s.expiry, RiskRule.EXPIRY);
                window(p.cancelBy(), s.cancelBy, RiskRule.CANCEL_BY);
                window(p.autoRenewal(), s.autoRenewal, RiskRule.AUTO_RENEWAL);
                churn(s.amendments, p.amendmentChurn());
            }
            int approval = evaluator.approvalStart(s, p);
            if (approval != ContractEvaluator.NEVER && p.approvalSla() != null) {
                interval(approval, NEVER, RuleCodes.code(RiskRule.APPROVAL_SLA, p.approvalSla().severity()));
            }
            int signature = ContractEvaluator.signatureStart(s, p);
            if (signature != ContractEvaluator.NEVER && p.signaturePending() != null) {
                interval(signature, NEVER, RuleCodes.code(RiskRule.SIGNATURE_PENDING, p.signaturePending().severity()));
            }
            obligations(s, p);
            obligations += s.obDue.length;
            size = i + 1;
            return this;
        }

        /** Appends every snapshot. */
        public Builder addAll(Iterable<RiskSnapshot> snapshots) {
            for (RiskSnapshot s : snapshots) {
                add(s);
            }
            return this;
        }

        /** The batch; the builder must not be used afterwards. */
        public RiskBatch build() {
            if (built) {
                throw new IllegalStateException("build() was called already");
            }
            built = true;
            return new RiskBatch(this);
        }

        /** Budget, clause and custom rules do not depend on the date: their codes, once per contract. */
        private void undatedRules(RiskSnapshot s) {
            undated.clear();
            boolean maybe = (ContractEvaluator.inForce(s.status) && s.budgetCurrency != null)
                    || (s.status.ordinal() <= io.pactum.core.contract.ContractStatus.SUSPENDED.ordinal()
                            && (s.facts != null || !s.deviations.fallbackCategories().isEmpty()
                                    || !s.deviations.editedCategories().isEmpty()
                                    || !s.deviations.missingMandatoryCategories().isEmpty()));
            if (maybe) {
                evaluator.evaluate(s, 0, a -> undated.add(codes.code(a)), ContractEvaluator.UNDATED);
            }
        }

        /** A window of lead days before a date, the date included. */
        private void window(RiskProfile.@Nullable Days t, int date, RiskRule rule) {
            if (t != null && date != RiskSnapshot.NO_DAY) {
                interval(date - t.days(), date + 1, RuleCodes.code(rule, t.severity()));
            }
        }

        /**
         * The days on which more than {@code max} amendments fall in the period {@code (day -
         * period, day]}: with the dates sorted, amendments {@code i .. i + max} are all in it
         * exactly on the days {@code [d[i + max], d[i] + period)}; overlapping runs are joined.
         */
        private void churn(int[] d, RiskProfile.@Nullable Churn c) {
            if (c == null) {
                return;
            }
            int max = c.maxAmendments();
            int runFrom = 0;
            int runUntil = 0;
            boolean open = false;
            int rule = RuleCodes.code(RiskRule.AMENDMENT_CHURN, c.severity());
            for (int i = 0; i + max < d.length; i++) {
                int f = d[i + max];
                int u = d[i] + c.periodDays();
                if (f >= u) {
                    continue;
                }
                if (open && f <= runUntil) {
                    runUntil = Math.max(runUntil, u);
                    continue;
                }
                if (open) {
                    interval(runFrom, runUntil, rule);
                }
                runFrom = f;
                runUntil = u;
                open = true;
            }
            if (open) {
                interval(runFrom, runUntil, rule);
            }
        }

        /**
         * Each obligation as [first alert day, fulfilment): the evaluator's conditions with the
         * profile's grace days and the contract's status folded in; stored only when not empty.
         */
        private void obligations(RiskSnapshot s, RiskProfile p) {
            if (!ContractEvaluator.signedOrInForce(s.status)) {
                return;
            }
            boolean inForce = ContractEvaluator.inForce(s.status);
            RiskProfile.Days late = inForce ? p.deliveryLate() : null;
            RiskProfile.Days overdue = inForce ? p.obligationOverdue() : null;
            for (int i = 0, m = s.obDue.length; i < m; i++) {
                int ful = s.obFulfilled[i];
                int due = s.obDue[i];
                int end = ful == RiskSnapshot.OPEN ? NEVER : ful;
                ObligationKind k = KINDS[s.obKind[i]];
                if (k.isPayment()) {
                    if (p.paymentOverdue() != null && !(s.obOutstanding[i] == 0 && ful == RiskSnapshot.OPEN)) {
                        interval(due + 1, end, PAYMENT);
                    }
                } else {
                    RiskProfile.Days t = k == ObligationKind.DELIVERY ? late : overdue;
                    if (t != null) {
                        interval(due + t.days() + 1, end, RuleCodes.code(k == ObligationKind.DELIVERY
                                ? RiskRule.DELIVERY_LATE : RiskRule.OBLIGATION_OVERDUE, t.severity()));
                    }
                }
            }
        }

        private void interval(long first, long end, int rule) {
            int f = clamp(first);
            int u = end >= NEVER ? NEVER : clamp(end);
            if (f >= u) {
                return;
            }
            int at = INTERVAL_WIDTH * count;
            if (at + INTERVAL_WIDTH > intervals.length) {
                long grown = Math.max(16L * INTERVAL_WIDTH, intervals.length * 3L / 2);
                if (grown > Integer.MAX_VALUE - 8L) {
                    throw new IllegalStateException("more than " + count + " intervals in one batch");
                }
                intervals = Arrays.copyOf(intervals, (int) grown);
            }
            intervals[at + FROM] = f;
            intervals[at + UNTIL] = u;
            intervals[at + OWNER_CODE] = size << 8 | rule;
            count++;
        }

        private void ensureContracts(int n) {
            if (n <= snapshots.length) {
                return;
            }
            int c = (int) Math.min(maxContracts, Math.max(n, snapshots.length * 2L));
            snapshots = Arrays.copyOf(snapshots, c);
            contracts = Arrays.copyOf(contracts, CONTRACT_WIDTH * c);
            staticAlerting = Arrays.copyOf(staticAlerting, (c + 63) >>> 6);
        }

        private void ensureCounters(int dep, int pty) {
            if (dep >= staticByDepartment.length) {
                staticByDepartment = Arrays.copyOf(staticByDepartment, 2 * dep + 1);
            }
            if (pty >= staticByParty.length) {
                int c = 2 * pty + 1;
                staticByParty = Arrays.copyOf(staticByParty, c);
                exposure = Arrays.copyOf(exposure, c);
                exposureCount = Arrays.copyOf(exposureCount, c);
            }
        }
    }

    static PactumException foreign() {
        return new PactumException(RiskError.PARTS_DO_NOT_MATCH, "batch", "the batch was built by another engine");
    }
}
