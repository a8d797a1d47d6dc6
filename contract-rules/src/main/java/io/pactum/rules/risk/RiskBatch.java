package io.pactum.rules.risk;

import io.pactum.core.error.PactumException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A chunk of a portfolio laid out in columns for {@link RiskEngine#scanBatch}: per contract its
 * dated rule windows as first and last day, its counterparty and department as dense indexes, its
 * in-force value in minor units of the portfolio currency; per obligation the first day it can
 * raise an alert and the day it stops (its fulfilment), all in primitive arrays shared by the whole
 * batch. A scan then walks these arrays front to back and touches no object unless a rule fires.
 *
 * <p>A batch is compiled against one engine's profiles when it is built ({@link
 * RiskEngine#batchBuilder}): thresholds are folded into the day columns, and the rules that do not
 * depend on the date (budget, clause deviations, mandatory clauses, custom rules) are evaluated
 * once, so a batch can be scanned for any date but only by the engine that built it. It keeps a
 * reference to each {@link RiskSnapshot} it was built from, to build alerts only when asked
 * ({@link BatchScan#forEachAlert}).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class RiskBatch {

    /**
     * Days in the columns are kept within +-2^29 and the scan date is clamped to +-2^28, so that
     * the scan can compare days by the sign of an int difference without overflow. Snapshot dates
     * are in the years 1 to 9999 (about +-3,000,000), so clamping changes no comparison.
     */
    static final int LIMIT = 1 << 28;
    /** "No window" / "never fulfilled": after any clamped scan date. */
    static final int NEVER = 1 << 29;
    /** The last day of a window without an end (approval, signature): after any clamped scan date. */
    static final int FOREVER = 1 << 29;

    static int clamp(long day) {
        return (int) Math.max(-LIMIT, Math.min(LIMIT, day));
    }

    /** Dated contract windows per contract: expiry, cancel-by, auto-renewal; or approval / signature. */
    static final int WINDOWS = 3;
    static final byte IN_FORCE = 1;
    private static final ObligationKind[] KINDS = ObligationKind.values();

    final RiskEngine engine;
    final int size;
    final RiskSnapshot[] snapshots;
    final byte[] flags;
    final int[] profile;
    final int[] winFrom;
    final int[] winTo;
    final short[] winCode;
    final int[] staticCombo;
    final int[][] combos;
    final int[] department;
    final int[] party;
    final long[] value;
    final int[] amendmentStart;
    final int[] amendments;
    final int[] obligationStart;
    final int[] obFrom;
    final int[] obUntil;
    final byte[] obCode;
    final String[] departmentIds;
    /** Department and counterparty indexes in id order, to build sorted summaries in one pass. */
    final int[] departmentOrder;
    final String[] partyIds;
    final int[] partyOrder;
    final @Nullable String[] partyNames;

    private RiskBatch(Builder b) {
        this.engine = b.engine;
        int n = b.size;
        this.size = n;
        this.snapshots = exact(b.snapshots, n);
        this.flags = exact(b.flags, n);
        this.profile = exact(b.profile, n);
        this.winFrom = exact(b.winFrom, WINDOWS * n);
        this.winTo = exact(b.winTo, WINDOWS * n);
        this.winCode = exact(b.winCode, WINDOWS * n);
        this.staticCombo = exact(b.staticCombo, n);
        this.combos = b.combos.toArray(new int[0][]);
        this.department = exact(b.department, n);
        this.party = exact(b.party, n);
        this.value = exact(b.value, n);
        this.amendmentStart = exact(b.amendmentStart, n + 1);
        // the shared columns may be longer than used (no trimming copy): the offsets say what is used
        this.amendments = b.amendments;
        this.obligationStart = exact(b.obligationStart, n + 1);
        this.obFrom = b.obFrom;
        this.obUntil = b.obUntil;
        this.obCode = b.obCode;
        this.departmentIds = b.departmentIds.toArray(new String[0]);
        this.partyIds = b.partyIds.toArray(new String[0]);
        this.partyNames = b.partyNames.toArray(new String[0]);
        this.departmentOrder = order(departmentIds);
        this.partyOrder = order(partyIds);
    }

    private static int[] order(String[] ids) {
        return java.util.stream.IntStream.range(0, ids.length).boxed()
                .sorted((x, y) -> ids[x].compareTo(ids[y])).mapToInt(Integer::intValue).toArray();
    }

    // the builder's arrays are taken as they are when they have the exact size (the builder is spent)
    private static <T> T[] exact(T[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static byte[] exact(byte[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static short[] exact(short[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static int[] exact(int[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static long[] exact(long[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    /** The number of contracts. */
    public int size() {
        return size;
    }

    /** The number of obligations. */
    public int obligationCount() {
        return obligationStart[size];
    }

    /**
     * The bytes a scan of this batch may read, counting every column in full although the rule
     * codes are read only for hits (per contract: flags, profile, three windows' first day, last
     * day and rule code, the undated-rules entry, department, counterparty, value, the amendment
     * and obligation offsets; the amendment dates; per obligation: first alert day, fulfilment
     * day, rule code). Sizes the memory-bandwidth floor
     * in benchmarks; the snapshots kept for building alerts are not read by a scan.
     */
    public long scannedBytes() {
        long perContract = 1 + 4 + WINDOWS * (4 + 4 + 2) + 4 + 4 + 4 + 8 + 4 + 4;
        return perContract * size + 4L * amendmentStart[size] + (4 + 4 + 1) * (long) obligationStart[size];
    }

    @Override
    public String toString() {
        return "RiskBatch[" + size + " contracts, " + obligationStart[size] + " obligations]";
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
        private int obligationCount;
        private int amendmentCount;
        private RiskSnapshot[] snapshots;
        private byte[] flags;
        private int[] profile;
        private int[] winFrom;
        private int[] winTo;
        private short[] winCode;
        private int[] staticCombo;
        private final List<int[]> combos = new ArrayList<>();
        private final Map<List<Integer>, Integer> comboIndex = new HashMap<>();
        private int[] department;
        private int[] party;
        private long[] value;
        private int[] amendmentStart;
        private int[] amendments;
        private boolean built;
        private int[] obligationStart;
        private int[] obFrom;
        private int[] obUntil;
        private byte[] obCode;
        private final List<String> departmentIds = new ArrayList<>();
        private final Map<String, Integer> departmentIndex = new HashMap<>();
        private final List<String> partyIds = new ArrayList<>();
        private final List<@Nullable String> partyNames = new ArrayList<>();
        private final Map<String, Integer> partyIndex = new HashMap<>();

        Builder(RiskEngine engine, int expectedContracts) {
            // a guess, not fitted to any portfolio: the obligation columns grow by doubling if it is short
            this(engine, expectedContracts, 8L * Math.max(16, expectedContracts), 2L * Math.max(16, expectedContracts));
        }

        Builder(RiskEngine engine, int expectedContracts, long expectedObligations, long expectedAmendments) {
            this.engine = engine;
            this.codes = engine.codes();
            this.evaluator = engine.evaluator();
            int n = Math.max(16, expectedContracts);
            snapshots = new RiskSnapshot[n];
            flags = new byte[n];
            profile = new int[n];
            winFrom = new int[WINDOWS * n];
            winTo = new int[WINDOWS * n];
            winCode = new short[WINDOWS * n];
            staticCombo = new int[n];
            department = new int[n];
            party = new int[n];
            value = new long[n];
            amendmentStart = new int[n + 1];
            obligationStart = new int[n + 1];
            int m = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, expectedObligations));
            obFrom = new int[m];
            obUntil = new int[m];
            obCode = new byte[m];
            amendments = new int[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, expectedAmendments))];
            combos.add(new int[0]);
            comboIndex.put(List.of(), 0);
        }

        /**
         * Appends one contract. Each contract must be in exactly one batch of a scan.
         *
         * @param s the contract's snapshot
         * @return this builder
         * @throws PactumException {@code RuleError.RATE_MISSING} when the value or a custom rule's
         *     amount needs a missing exchange rate
         */
        public Builder add(RiskSnapshot s) {
            Objects.requireNonNull(s, "snapshot");
            if (built) {
                throw new IllegalStateException("the batch was built already");
            }
            RiskProfile p = evaluator.profile(s);
            int pi = codes.profileIndex(p);
            boolean inForce = ContractEvaluator.inForce(s.status);
            // the value is converted first: a missing rate fails before anything is appended
            long minor = inForce ? engine.portfolioMinor(s) : 0;
            int staticEntry = undatedRules(s);
            int i = size;
            ensureContracts(i + 1);
            snapshots[i] = s;
            flags[i] = inForce ? IN_FORCE : 0;
            profile[i] = pi;
            staticCombo[i] = staticEntry;
            department[i] = departmentIndex.computeIfAbsent(s.department.value(), k -> {
                departmentIds.add(k);
                return departmentIds.size() - 1;
            });
            int pty = partyIndex.computeIfAbsent(s.partyKey, k -> {
                partyIds.add(k);
                partyNames.add(null);
                return partyIds.size() - 1;
            });
            party[i] = pty;
            value[i] = minor;
            if (inForce) {
                String known = partyNames.get(pty);
                if (known == null || s.counterpartyName.compareTo(known) < 0) {
                    partyNames.set(pty, s.counterpartyName);
                }
            }
            windows(s, p, inForce, WINDOWS * i);
            amendments(s, p, inForce);
            amendmentStart[i + 1] = amendmentCount;
            obligations(s, p);
            obligationStart[i + 1] = obligationCount;
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
        private int undatedRules(RiskSnapshot s) {
            boolean maybe = (ContractEvaluator.inForce(s.status) && s.budgetCurrency != null)
                    || (s.status.ordinal() <= io.pactum.core.contract.ContractStatus.SUSPENDED.ordinal()
                            && (s.facts != null || !s.deviations.fallbackCategories().isEmpty()
                                    || !s.deviations.editedCategories().isEmpty()
                                    || !s.deviations.missingMandatoryCategories().isEmpty()));
            if (!maybe) {
                return 0;
            }
            List<Integer> found = new ArrayList<>(2);
            evaluator.evaluate(s, 0, a -> found.add(codes.code(a)), ContractEvaluator.UNDATED);
            if (found.isEmpty()) {
                return 0;
            }
            found.sort(null);
            List<Integer> key = List.copyOf(found);
            return comboIndex.computeIfAbsent(key, k -> {
                combos.add(k.stream().mapToInt(Integer::intValue).toArray());
                return combos.size() - 1;
            });
        }

        private void windows(RiskSnapshot s, RiskProfile p, boolean inForce, int w) {
            for (int k = 0; k < WINDOWS; k++) {
                winFrom[w + k] = NEVER;
                winTo[w + k] = -NEVER;
            }
            if (inForce) {
                window(w, p.expiry(), s.expiry, RiskRule.EXPIRY);
                window(w + 1, p.cancelBy(), s.cancelBy, RiskRule.CANCEL_BY);
                window(w + 2, p.autoRenewal(), s.autoRenewal, RiskRule.AUTO_RENEWAL);
            }
            int approval = evaluator.approvalStart(s, p);
            if (approval != ContractEvaluator.NEVER && p.approvalSla() != null) {
                winFrom[w] = clamp(approval);
                winTo[w] = FOREVER;
                winCode[w] = (short) RuleCodes.code(RiskRule.APPROVAL_SLA, p.approvalSla().severity());
            }
            int signature = ContractEvaluator.signatureStart(s, p);
            if (signature != ContractEvaluator.NEVER && p.signaturePending() != null) {
                winFrom[w] = signature;
                winTo[w] = FOREVER;
                winCode[w] = (short) RuleCodes.code(RiskRule.SIGNATURE_PENDING, p.signaturePending().severity());
            }
        }

        private void window(int w, RiskProfile.@Nullable Days t, int date, RiskRule rule) {
            if (t == null || date == RiskSnapshot.NO_DAY) {
                return;
            }
            winFrom[w] = date - t.days();
            winTo[w] = date;
            winCode[w] = (short) RuleCodes.code(rule, t.severity());
        }

        private void amendments(RiskSnapshot s, RiskProfile p, boolean inForce) {
            if (!inForce || p.amendmentChurn() == null) {
                return;
            }
            int[] dates = s.amendments;
            if (amendmentCount + dates.length > amendments.length) {
                amendments = Arrays.copyOf(amendments, Math.max(2 * amendments.length, amendmentCount + dates.length));
            }
            System.arraycopy(dates, 0, amendments, amendmentCount, dates.length);
            amendmentCount += dates.length;
        }

        /**
         * Each obligation as [first alert day, fulfilment): the evaluator's conditions with the
         * profile's grace days and the contract's status folded in ({@link #NEVER} when no rule
         * watches it).
         */
        private void obligations(RiskSnapshot s, RiskProfile p) {
            int m = s.obDue.length;
            ensureObligations(obligationCount + m);
            boolean watched = ContractEvaluator.signedOrInForce(s.status);
            boolean inForce = ContractEvaluator.inForce(s.status);
            RiskProfile.Days late = inForce ? p.deliveryLate() : null;
            RiskProfile.Days overdue = inForce ? p.obligationOverdue() : null;
            for (int i = 0; i < m; i++) {
                int j = obligationCount + i;
                int ful = s.obFulfilled[i];
                int due = s.obDue[i];
                ObligationKind k = KINDS[s.obKind[i]];
                int from = NEVER;
                byte code = 0;
                if (!watched) {
                    from = NEVER;
                } else if (k.isPayment()) {
                    if (p.paymentOverdue() != null && !(s.obOutstanding[i] == 0 && ful == RiskSnapshot.OPEN)) {
                        from = due + 1;
                        code = RuleCodes.PAYMENT;
                    }
                } else {
                    RiskProfile.Days t = k == ObligationKind.DELIVERY ? late : overdue;
                    if (t != null) {
                        from = due + t.days() + 1;
                        code = (byte) RuleCodes.code(k == ObligationKind.DELIVERY ? RiskRule.DELIVERY_LATE
                                : RiskRule.OBLIGATION_OVERDUE, t.severity());
                    }
                }
                obFrom[j] = from;
                obUntil[j] = ful == RiskSnapshot.OPEN ? NEVER : ful;
                obCode[j] = code;
            }
            obligationCount += m;
        }

        private void ensureContracts(int n) {
            if (n <= snapshots.length) {
                return;
            }
            int c = Math.max(n, snapshots.length * 2);
            snapshots = Arrays.copyOf(snapshots, c);
            flags = Arrays.copyOf(flags, c);
            profile = Arrays.copyOf(profile, c);
            winFrom = Arrays.copyOf(winFrom, WINDOWS * c);
            winTo = Arrays.copyOf(winTo, WINDOWS * c);
            winCode = Arrays.copyOf(winCode, WINDOWS * c);
            staticCombo = Arrays.copyOf(staticCombo, c);
            department = Arrays.copyOf(department, c);
            party = Arrays.copyOf(party, c);
            value = Arrays.copyOf(value, c);
            amendmentStart = Arrays.copyOf(amendmentStart, c + 1);
            obligationStart = Arrays.copyOf(obligationStart, c + 1);
        }

        private void ensureObligations(int m) {
            if (m <= obFrom.length) {
                return;
            }
            int c = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(m, obFrom.length * 3L / 2));
            obFrom = Arrays.copyOf(obFrom, c);
            obUntil = Arrays.copyOf(obUntil, c);
            obCode = Arrays.copyOf(obCode, c);
        }
    }

    static PactumException foreign() {
        return new PactumException(RiskError.PARTS_DO_NOT_MATCH, "batch", "the batch was built by another engine");
    }
}
