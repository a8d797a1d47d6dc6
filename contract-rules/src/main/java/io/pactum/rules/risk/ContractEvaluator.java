package io.pactum.rules.risk;

import io.pactum.core.contract.ContractStatus;
import io.pactum.core.money.Money;
import io.pactum.rules.condition.FactUsed;
import io.pactum.rules.condition.FactsView;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.RateSource;
import io.pactum.rules.risk.internal.ExactMath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Evaluates every per-contract rule on one snapshot as of one day, and says the next day on which
 * any outcome can change. The hot path reads primitive fields only; alerts are built only when a
 * rule fires. Stateless; safe to call from many threads.
 */
final class ContractEvaluator {

    /** "Never changes again". */
    static final int NEVER = Integer.MAX_VALUE;
    /** Rule group: the contract's own rules that depend on the date (windows, churn, approval, signature). */
    static final int DATED = 1;
    /** Rule group: the contract's own rules that do not depend on the date (budget, clauses, custom). */
    static final int UNDATED = 2;
    /** Rule group: the obligation rules (payment aging, late deliveries, overdue obligations). */
    static final int OBLIGATIONS = 4;
    /** Every rule group. */
    static final int ALL = DATED | UNDATED | OBLIGATIONS;

    private static final boolean[] IN_FORCE = statuses(ContractStatus.SIGNED, ContractStatus.ACTIVE,
            ContractStatus.SUSPENDED);
    private static final boolean[] OPEN = new boolean[ContractStatus.values().length];
    private static final boolean[] SIGNED = new boolean[ContractStatus.values().length];

    static {
        for (ContractStatus s : ContractStatus.values()) {
            OPEN[s.ordinal()] = s.ordinal() <= ContractStatus.SUSPENDED.ordinal();
            SIGNED[s.ordinal()] = s.isSigned() && s != ContractStatus.ARCHIVED;
        }
    }

    private static final String[] BUCKETS = {"1-30", "31-60", "61-90", "90+"};
    /** The payment overdue rule's test per aging bucket, made once: a fact of every such alert. */
    private static final String[] BUCKET_TESTS = {"overdue 1-30 days", "overdue 31-60 days", "overdue 61-90 days",
        "overdue 90+ days"};
    private static final ObligationKind[] KINDS = ObligationKind.values();
    /** The kinds' names as messages spell them, made once. */
    private static final String[] KIND_NAMES = java.util.Arrays.stream(KINDS)
            .map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    private final RiskProfiles profiles;
    private final RateSource rates;
    private final RiskProfile defaultProfile;
    private final boolean defaultOnly;
    private final long defaultBasisPoints;
    private final java.util.Map<RiskProfile, Long> basisPoints = new java.util.IdentityHashMap<>();

    ContractEvaluator(RiskProfiles profiles, RateSource rates) {
        this.profiles = profiles;
        this.rates = rates;
        this.defaultProfile = profiles.defaultProfile();
        this.defaultOnly = profiles.byType().isEmpty();
        this.defaultBasisPoints = basisPoints(defaultProfile);
        for (RiskProfile p : profiles.byType().values()) {
            basisPoints.put(p, basisPoints(p));
        }
    }

    private static long basisPoints(RiskProfile p) {
        RiskProfile.Budget b = p.budget();
        return b == null ? 0 : b.reachedPercent().movePointRight(2).longValueExact();
    }

    long budgetBasisPoints(RiskProfile p) {
        if (p == defaultProfile) {
            return defaultBasisPoints;
        }
        Long bp = basisPoints.get(p);
        return bp == null ? basisPoints(p) : bp;
    }

    RiskProfile profile(RiskSnapshot s) {
        // most portfolios have few types; skip the lookup when every type uses the default
        return defaultOnly ? defaultProfile : profiles.forType(s.type);
    }

    private static boolean[] statuses(ContractStatus... in) {
        boolean[] b = new boolean[ContractStatus.values().length];
        for (ContractStatus s : in) {
            b[s.ordinal()] = true;
        }
        return b;
    }

    static boolean inForce(ContractStatus status) {
        return IN_FORCE[status.ordinal()];
    }

    static boolean signedOrInForce(ContractStatus status) {
        return SIGNED[status.ordinal()] || IN_FORCE[status.ordinal()];
    }

    static boolean inForce(RiskSnapshot s) {
        return IN_FORCE[s.status.ordinal()];
    }

    /**
     * Raises the snapshot's alerts as of {@code asOf} into the sink.
     *
     * @return the first day after {@code asOf} on which an outcome can differ, or {@link #NEVER}
     */
    int evaluate(RiskSnapshot s, int asOf, AlertSink sink) {
        return evaluate(s, asOf, sink, ALL);
    }

    /**
     * Raises the alerts of some rule groups ({@link #DATED}, {@link #UNDATED}, {@link #OBLIGATIONS})
     * in the same order as {@link #evaluate(RiskSnapshot, int, AlertSink)}, so that the monitor can
     * re-evaluate a contract's own rules without its obligations, and a batch can evaluate the
     * date-independent rules once when it is built.
     *
     * @return the first day after {@code asOf} on which an outcome of these groups can differ, or {@link #NEVER}
     */
    int evaluate(RiskSnapshot s, int asOf, AlertSink sink, int groups) {
        RiskProfile p = profile(s);
        int st = s.status.ordinal();
        boolean dated = (groups & DATED) != 0;
        boolean undated = (groups & UNDATED) != 0;
        int next = NEVER;
        if (IN_FORCE[st]) {
            if (dated) {
                next = Math.min(next, window(s, p.expiry(), s.expiry, RiskRule.EXPIRY, asOf, sink));
                next = Math.min(next, window(s, p.cancelBy(), s.cancelBy, RiskRule.CANCEL_BY, asOf, sink));
                next = Math.min(next, window(s, p.autoRenewal(), s.autoRenewal, RiskRule.AUTO_RENEWAL, asOf, sink));
            }
            if (undated) {
                budget(s, p.budget(), budgetBasisPoints(p), sink);
            }
            if (dated) {
                next = Math.min(next, churn(s, p.amendmentChurn(), asOf, sink));
            }
        }
        if ((groups & OBLIGATIONS) != 0 && (SIGNED[st] || IN_FORCE[st])) {
            next = Math.min(next, obligations(s, p, IN_FORCE[st], asOf, sink));
        }
        if (undated && OPEN[st]) {
            deviations(s, p, sink);
            custom(s, p, sink);
        }
        if (!dated) {
            return next;
        }
        int approvalStart = approvalStart(s, p);
        if (approvalStart != NEVER) {
            int start = approvalStart;
            if (asOf < start) {
                next = Math.min(next, start);
            } else {
                raise(sink, s, RiskRule.APPROVAL_SLA, RiskRule.APPROVAL_SLA.id(), p.approvalSla().severity(),
                        contract(s), String.valueOf(s.approvalSubmittedAt), start,
                        List.of(new FactUsed("approvalDueAt", String.valueOf(s.approvalDueAt),
                                "pending after the SLA ended + " + p.approvalSla().days() + " grace days")),
                        "Approval of " + s.number + " submitted at " + s.approvalSubmittedAt
                                + " is past its SLA (due " + s.approvalDueAt + ").",
                        "合同" + s.number + "的审批（提交于" + s.approvalSubmittedAt + "）已超过时限（应于"
                                + s.approvalDueAt + "完成）。");
            }
        }
        int signatureStart = signatureStart(s, p);
        if (signatureStart != NEVER) {
            int start = signatureStart;
            if (asOf < start) {
                next = Math.min(next, start);
            } else {
                LocalDate sent = LocalDate.ofEpochDay(s.signatureSent);
                raise(sink, s, RiskRule.SIGNATURE_PENDING, RiskRule.SIGNATURE_PENDING.id(),
                        p.signaturePending().severity(), contract(s), sent.toString(), start,
                        List.of(new FactUsed("signatureSentOn", sent.toString(),
                                "pending " + p.signaturePending().days() + " days or more")),
                        s.number + " was sent for signature on " + sent + " and is still not signed after "
                                + p.signaturePending().days() + " days.",
                        "合同" + s.number + "于" + sent + "发出签署，" + p.signaturePending().days() + "天后仍未签署。");
            }
        }
        return next;
    }

    /** The first day the approval SLA alert applies, or {@link #NEVER} when the rule cannot fire. */
    int approvalStart(RiskSnapshot s, RiskProfile p) {
        if (s.status != ContractStatus.IN_APPROVAL || s.approvalDueAt == null || p.approvalSla() == null) {
            return NEVER;
        }
        int dueDay = (int) LocalDate.ofInstant(s.approvalDueAt, profiles.zone()).toEpochDay();
        return dueDay + p.approvalSla().days() + 1;
    }

    /** The first day the signature-pending alert applies, or {@link #NEVER} when the rule cannot fire. */
    static int signatureStart(RiskSnapshot s, RiskProfile p) {
        if (s.status != ContractStatus.IN_SIGNATURE || s.signatureSent == RiskSnapshot.NO_DAY
                || p.signaturePending() == null) {
            return NEVER;
        }
        return s.signatureSent + p.signaturePending().days();
    }

    private static AlertSubject contract(RiskSnapshot s) {
        return new AlertSubject(AlertSubject.Kind.CONTRACT, s.contractId.value());
    }

    private int window(RiskSnapshot s, RiskProfile.@org.jspecify.annotations.Nullable Days t, int date, RiskRule rule,
            int asOf, AlertSink sink) {
        if (t == null || date == RiskSnapshot.NO_DAY) {
            return NEVER;
        }
        int start = date - t.days();
        if (asOf < start) {
            return start;
        }
        if (asOf > date) {
            return NEVER;
        }
        LocalDate d = LocalDate.ofEpochDay(date);
        String en;
        String zh;
        String field;
        if (rule == RiskRule.EXPIRY) {
            field = "expiryDate";
            en = s.number + " expires on " + d + " (within " + t.days() + " days).";
            zh = "合同" + s.number + "将于" + d + "到期（" + t.days() + "天内）。";
        } else if (rule == RiskRule.CANCEL_BY) {
            field = "cancelByDate";
            en = "Notice of non-renewal for " + s.number + " must be given by " + d + ".";
            zh = "合同" + s.number + "的不续约通知须在" + d + "前发出。";
        } else {
            field = "autoRenewalDate";
            en = s.number + " renews automatically on " + d + ".";
            zh = "合同" + s.number + "将于" + d + "自动续约。";
        }
        raise(sink, s, rule, rule.id(), t.severity(), contract(s), d.toString(), start,
                List.of(new FactUsed(field, d.toString(), field + " within " + t.days() + " days")), en, zh);
        return date + 1;
    }

    private void budget(RiskSnapshot s, RiskProfile.@org.jspecify.annotations.Nullable Budget b, long basisPoints,
            AlertSink sink) {
        if (b == null || s.budgetCurrency == null) {
            return;
        }
        long spent = s.spentMinor;
        long ceiling = s.ceilingMinor;
        boolean exceeded = spent > ceiling;
        // spent / ceiling >= percent / 100  <=>  spent * 10000 >= ceiling * (percent * 100), exactly
        boolean reached = !exceeded && ExactMath.compareProducts(spent, 10_000L, ceiling, basisPoints) >= 0;
        if (!exceeded && !reached) {
            return;
        }
        Money sp = Money.ofMinor(spent, s.budgetCurrency);
        Money ce = Money.ofMinor(ceiling, s.budgetCurrency);
        String share = ExactMath.percent(spent, ceiling).toPlainString();
        List<FactUsed> facts = List.of(new FactUsed("spent", sp.toString(), exceeded ? "spent > budgetCeiling"
                : "spent >= " + b.reachedPercent().toPlainString() + "% of budgetCeiling"),
                new FactUsed("budgetCeiling", ce.toString(), "share " + share + "%"));
        if (exceeded) {
            raise(sink, s, RiskRule.BUDGET_EXCEEDED, RiskRule.BUDGET_EXCEEDED.id(), b.exceeded(), contract(s), null,
                    s.updatedOn, facts,
                    s.number + " has spent " + sp + ", above its budget ceiling of " + ce + " (" + share + "%).",
                    "合同" + s.number + "已支出" + sp + "，超出预算上限" + ce + "（" + share + "%）。");
        } else {
            raise(sink, s, RiskRule.BUDGET_THRESHOLD, RiskRule.BUDGET_THRESHOLD.id(), b.reached(), contract(s), null,
                    s.updatedOn, facts,
                    s.number + " has spent " + sp + " of its budget ceiling of " + ce + " (" + share + "%, threshold "
                            + b.reachedPercent().toPlainString() + "%).",
                    "合同" + s.number + "已支出" + sp + "，占预算上限" + ce + "的" + share + "%（阈值"
                            + b.reachedPercent().toPlainString() + "%）。");
        }
    }

    private int churn(RiskSnapshot s, RiskProfile.@org.jspecify.annotations.Nullable Churn c, int asOf,
            AlertSink sink) {
        if (c == null || s.amendments.length == 0) {
            return NEVER;
        }
        int next = NEVER;
        int count = 0;
        int latest = RiskSnapshot.NO_DAY;
        int from = asOf - c.periodDays();
        for (int a : s.amendments) {
            if (a > asOf) {
                next = Math.min(next, a);
            } else if (a > from) {
                count++;
                latest = Math.max(latest, a);
                next = Math.min(next, a + c.periodDays());
            }
        }
        if (count > c.maxAmendments()) {
            List<String> dates = new ArrayList<>();
            for (int a : s.amendments) {
                if (a <= asOf && a > from) {
                    dates.add(LocalDate.ofEpochDay(a).toString());
                }
            }
            raise(sink, s, RiskRule.AMENDMENT_CHURN, RiskRule.AMENDMENT_CHURN.id(), c.severity(), contract(s), null,
                    latest, List.of(new FactUsed("amendmentDates", String.join(", ", dates),
                            "more than " + c.maxAmendments() + " amendments in " + c.periodDays() + " days")),
                    s.number + " was amended " + count + " times within " + c.periodDays() + " days (at most "
                            + c.maxAmendments() + " expected).",
                    "合同" + s.number + "在" + c.periodDays() + "天内变更" + count + "次（上限" + c.maxAmendments() + "次）。");
        }
        return next;
    }

    private int obligations(RiskSnapshot s, RiskProfile p, boolean inForce, int asOf, AlertSink sink) {
        RiskProfile.Aging aging = p.paymentOverdue();
        RiskProfile.Days late = inForce ? p.deliveryLate() : null;
        RiskProfile.Days overdue = inForce ? p.obligationOverdue() : null;
        int next = NEVER;
        int[] fulfilled = s.obFulfilled;
        for (int i = 0; i < fulfilled.length; i++) {
            if (fulfilled[i] > asOf) {
                next = Math.min(next, obligation(s, i, aging, late, overdue, asOf, sink));
            }
        }
        return next;
    }

    /** One obligation's alert, if any, and the first later day its outcome can differ. */
    private int obligation(RiskSnapshot s, int i, RiskProfile.@org.jspecify.annotations.Nullable Aging aging,
            RiskProfile.@org.jspecify.annotations.Nullable Days late,
            RiskProfile.@org.jspecify.annotations.Nullable Days overdue, int asOf, AlertSink sink) {
        long outcome = outcome(aging, late, overdue, s.obKind[i], s.obDue[i], s.obFulfilled[i], s.obOutstanding[i],
                asOf);
        int code = code(outcome);
        if (code != NO_ALERT) {
            sink.accept(obligationAlert(s, aging, late, overdue, code, s.obId[i], s.obKind[i], s.obDue[i],
                    s.obOutstanding[i], s.obCurrency[i]));
        }
        return next(outcome);
    }

    /** {@link #outcome} code: no alert. */
    static final int NO_ALERT = 0;
    /** {@link #outcome} code: a late delivery or an overdue obligation (codes 1 to 4 are payment buckets + 1). */
    static final int OVERDUE = 5;

    /**
     * One obligation's outcome from its values alone, without building anything: the alert code
     * ({@link #NO_ALERT}, a payment aging bucket + 1, or {@link #OVERDUE}) in the low 32 bits and the
     * first later day the outcome can differ in the high 32 bits. The monitor compares codes to know
     * whether an alert changed before it builds one.
     */
    static long outcome(RiskProfile.@org.jspecify.annotations.Nullable Aging aging,
            RiskProfile.@org.jspecify.annotations.Nullable Days late,
            RiskProfile.@org.jspecify.annotations.Nullable Days overdue, int kind, int d, int ful, long outstanding,
            int asOf) {
        if (ful <= asOf) {
            return pack(NEVER, NO_ALERT);
        }
        ObligationKind k = KINDS[kind];
        int start;
        int code = NO_ALERT;
        if (k.isPayment()) {
            // zero outstanding on an open payment means nothing is owed; a payment fulfilled after
            // asOf was owed on asOf whatever its outstanding amount is now
            if (aging == null || (outstanding == 0 && ful == RiskSnapshot.OPEN)) {
                return pack(NEVER, NO_ALERT);
            }
            int days = asOf - d;
            if (days <= 0) {
                start = d + 1;
            } else {
                int bucket = days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
                code = bucket + 1;
                start = bucket == 3 ? NEVER : d + 30 * (bucket + 1) + 1;
            }
        } else {
            RiskProfile.Days t = k == ObligationKind.DELIVERY ? late : overdue;
            if (t == null) {
                return pack(NEVER, NO_ALERT);
            }
            int from = d + t.days() + 1;
            if (asOf < from) {
                start = from;
            } else {
                code = OVERDUE;
                start = NEVER;
            }
        }
        return pack(Math.min(start, ful), code);
    }

    private static long pack(int next, int code) {
        return ((long) next << 32) | (code & 0xFFFF_FFFFL);
    }

    /** The alert code of an {@link #outcome}. */
    static int code(long outcome) {
        return (int) outcome;
    }

    /** The next change day of an {@link #outcome}. */
    static int next(long outcome) {
        return (int) (outcome >>> 32);
    }

    /**
     * The payment aging for a contract's obligations, or {@code null} when the rule does not apply
     * (with {@link #late} and {@link #overdue}: the settings {@link #outcome} takes, per contract).
     */
    RiskProfile.@org.jspecify.annotations.Nullable Aging aging(RiskSnapshot s) {
        return signedOrInForce(s.status) ? profile(s).paymentOverdue() : null;
    }

    /** The delivery limit for a contract's obligations, or {@code null} when the rule does not apply. */
    RiskProfile.@org.jspecify.annotations.Nullable Days late(RiskSnapshot s) {
        return IN_FORCE[s.status.ordinal()] ? profile(s).deliveryLate() : null;
    }

    /** The overdue limit for a contract's other obligations, or {@code null} when the rule does not apply. */
    RiskProfile.@org.jspecify.annotations.Nullable Days overdue(RiskSnapshot s) {
        return IN_FORCE[s.status.ordinal()] ? profile(s).obligationOverdue() : null;
    }

    /** Builds the alert of a non-zero {@link #outcome} code for an obligation of contract {@code s}. */
    static Alert obligationAlert(RiskSnapshot s, RiskProfile.@org.jspecify.annotations.Nullable Aging aging,
            RiskProfile.@org.jspecify.annotations.Nullable Days late,
            RiskProfile.@org.jspecify.annotations.Nullable Days overdue, int code, String id, int kind, int due,
            long outstanding, java.util.@org.jspecify.annotations.Nullable Currency currency) {
        Alert[] out = new Alert[1];
        AlertSink sink = a -> out[0] = a;
        ObligationKind k = KINDS[kind];
        if (code == OVERDUE) {
            RiskProfile.Days t = k == ObligationKind.DELIVERY ? late : overdue;
            overdue(s, id, k, due, t, due + t.days() + 1, sink);
        } else {
            payment(s, id, k, due, outstanding, currency, aging, code - 1, sink);
        }
        return out[0];
    }

    private static void payment(RiskSnapshot s, String id, ObligationKind kind, int dueDay, long outstanding,
            java.util.@org.jspecify.annotations.Nullable Currency currency, RiskProfile.Aging aging, int bucket,
            AlertSink sink) {
        Severity severity = bucket == 0 ? aging.days1to30() : bucket == 1 ? aging.days31to60()
                : bucket == 2 ? aging.days61to90() : aging.over90();
        String due = LocalDate.ofEpochDay(dueDay).toString();
        String amount = currency == null ? "an unknown amount" : Money.ofMinor(outstanding, currency).toString();
        String amountZh = currency == null ? "金额未知" : amount;
        boolean in = kind == ObligationKind.PAYMENT_IN;
        int relevant = dueDay + (bucket == 0 ? 1 : 30 * bucket + 1);
        raise(sink, s, RiskRule.PAYMENT_OVERDUE, RiskRule.PAYMENT_OVERDUE.id(), severity,
                new AlertSubject(AlertSubject.Kind.OBLIGATION, id), BUCKETS[bucket], relevant,
                List.of(new FactUsed("dueDate", due, BUCKET_TESTS[bucket]),
                        new FactUsed("outstanding", amount, "outstanding > 0")),
                (in ? "Payment " : "Our payment ") + id + " of " + amount + " under " + s.number + " due on "
                        + due + " is overdue " + BUCKETS[bucket] + " days.",
                "合同" + s.number + "的" + (in ? "应收" : "应付") + "款项" + id + "（" + amountZh + "）应于" + due
                        + "支付，已逾期" + BUCKETS[bucket] + "天。");
    }

    private static void overdue(RiskSnapshot s, String id, ObligationKind k, int dueDay, RiskProfile.Days t,
            int relevant, AlertSink sink) {
        String due = LocalDate.ofEpochDay(dueDay).toString();
        boolean delivery = k == ObligationKind.DELIVERY;
        RiskRule rule = delivery ? RiskRule.DELIVERY_LATE : RiskRule.OBLIGATION_OVERDUE;
        String what = KIND_NAMES[k.ordinal()];
        raise(sink, s, rule, rule.id(), t.severity(), new AlertSubject(AlertSubject.Kind.OBLIGATION, id),
                null, relevant,
                List.of(new FactUsed("dueDate", due, "open more than " + t.days() + " days after due")),
                (delivery ? "Delivery " : "Obligation (" + what + ") ") + id + " under " + s.number
                        + " was due on " + due + " and is still open.",
                "合同" + s.number + "的" + (delivery ? "交付" : "义务") + id + "应于" + due + "完成，至今未完成。");
    }

    private void deviations(RiskSnapshot s, RiskProfile p, AlertSink sink) {
        RiskProfile.Flag dev = p.clauseDeviation();
        if (dev != null && (!s.deviations.fallbackCategories().isEmpty()
                || !s.deviations.editedCategories().isEmpty())) {
            TreeSet<String> categories = new TreeSet<>(s.deviations.fallbackCategories());
            categories.addAll(s.deviations.editedCategories());
            for (String c : categories) {
                boolean fallback = s.deviations.fallbackCategories().contains(c);
                boolean edited = s.deviations.editedCategories().contains(c);
                List<FactUsed> facts = new ArrayList<>();
                if (fallback) {
                    facts.add(new FactUsed("deviation.fallback", c, "deviation.fallback contains " + c));
                }
                if (edited) {
                    facts.add(new FactUsed("deviation.edited", c, "deviation.edited contains " + c));
                }
                String how = fallback && edited ? "uses a fallback position and was edited"
                        : fallback ? "uses a non-standard fallback position" : "was edited";
                String howZh = fallback && edited ? "采用了备选立场且被修改" : fallback ? "采用了非标准的备选立场" : "被修改";
                raise(sink, s, RiskRule.CLAUSE_DEVIATION, RiskRule.CLAUSE_DEVIATION.id(), dev.severity(),
                        new AlertSubject(AlertSubject.Kind.CLAUSE, c), null, s.updatedOn, facts,
                        "The " + c + " clause of " + s.number + " " + how + ".",
                        "合同" + s.number + "的" + c + "条款" + howZh + "。");
            }
        }
        RiskProfile.Flag missing = p.mandatoryMissing();
        // isEmpty first: iterating an empty sorted set still allocates an iterator, a million times a scan
        if (missing != null && !s.deviations.missingMandatoryCategories().isEmpty()) {
            for (String c : s.deviations.missingMandatoryCategories()) {
                raise(sink, s, RiskRule.MANDATORY_MISSING, RiskRule.MANDATORY_MISSING.id(), missing.severity(),
                        new AlertSubject(AlertSubject.Kind.CLAUSE, c), null, s.updatedOn,
                        List.of(new FactUsed("deviation.missingMandatory", c,
                                "deviation.missingMandatory contains " + c)),
                        s.number + " has no " + c + " clause, which is mandatory.",
                        "合同" + s.number + "缺少必备的" + c + "条款。");
            }
        }
    }

    private void custom(RiskSnapshot s, RiskProfile p, AlertSink sink) {
        ContractFacts facts = s.facts;
        if (p.customRules().isEmpty() || facts == null) {
            return;
        }
        FactsView view = FactsView.of(facts, profiles.currency(), rates);
        for (CustomRiskRule r : p.customRules()) {
            List<FactUsed> used = r.when().explain(view);
            if (!used.isEmpty()) {
                raise(sink, s, RiskRule.CUSTOM, r.ruleId(), r.severity(), contract(s), null, s.updatedOn, used,
                        s.number + ": " + r.messageEn(), "合同" + s.number + "：" + r.messageZh());
            }
        }
    }

    private static void raise(AlertSink sink, RiskSnapshot s, RiskRule rule, String ruleId, Severity severity,
            AlertSubject subject, @org.jspecify.annotations.Nullable String variant, int relevantFrom,
            List<FactUsed> facts, String en, String zh) {
        sink.accept(new Alert(Alert.key(ruleId, s.contractId, subject, variant), ruleId, rule, severity,
                severity.points(), s.contractId, s.number, s.department, s.counterpartyId, subject,
                LocalDate.ofEpochDay(relevantFrom), facts, en, zh));
    }
}
