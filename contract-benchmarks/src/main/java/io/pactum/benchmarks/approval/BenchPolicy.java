package io.pactum.benchmarks.approval;

import io.pactum.rules.approval.ApprovalMode;
import io.pactum.rules.approval.ApprovalPolicy;
import io.pactum.rules.approval.ApprovalRule;
import io.pactum.rules.approval.ApproverSpec;
import io.pactum.rules.approval.MaterialChangeReset;
import io.pactum.rules.approval.SeparationOfDuties;
import io.pactum.rules.approval.StageAddition;
import io.pactum.rules.approval.StageDefinition;
import io.pactum.rules.condition.Condition;
import io.pactum.rules.condition.Operator;
import io.pactum.rules.facts.AttributeValue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The 50-rule benchmark policy, written once per engine: Pactum's data model, MVEL expressions
 * for Easy Rules, and DRL for Drools. {@link HandCoded} is the same policy as plain Java.
 *
 * <p>Rules 0–39: ten contract types times four amount bands ([0, 100k), [100k, 1M), [1M, 10M),
 * [10M, ∞) CNY); rules 40–48: deviations, budget, risk, region, watch-listed counterparties,
 * procurement, missing clauses, extra approval, critical risk; rule 49: the catch-all.
 */
final class BenchPolicy {

    static final int TYPES = 10;
    static final int CATCH_ALL = 49;
    static final String[] BAND_FROM = {"0", "100000", "1000000", "10000000"};
    static final String[] BAND_TO = {"100000", "1000000", "10000000", null};
    static final String[] WATCHLIST = {"p-3", "p-7", "p-11", "p-19", "p-23", "p-42", "p-57", "p-64", "p-77", "p-91"};

    /** One rule, three ways. */
    record Spec(int index, String id, Condition when, String mvel, String drl, List<StageAddition> adds) {
    }

    private BenchPolicy() {
    }

    static List<StageDefinition> stages() {
        Duration day = Duration.ofDays(1);
        return List.of(new StageDefinition("department", 10, ApprovalMode.any(), day, null),
                new StageDefinition("legal-review", 15, ApprovalMode.any(), day, null),
                new StageDefinition("control", 18, ApprovalMode.any(), day, null),
                new StageDefinition("finance", 20, ApprovalMode.all(), day, null),
                new StageDefinition("region", 22, ApprovalMode.any(), day, null),
                new StageDefinition("risk", 25, ApprovalMode.any(), day, null),
                new StageDefinition("ceo", 30, ApprovalMode.any(), day, null));
    }

    private static StageAddition add(String stage, String... roles) {
        List<ApproverSpec> a = new ArrayList<>();
        for (String r : roles) {
            a.add(ApproverSpec.role(r));
        }
        return new StageAddition(stage, a);
    }

    static List<StageAddition> bandAdds(int type, int band) {
        List<StageAddition> adds = new ArrayList<>();
        adds.add(add("department", "dept-head"));
        if (band >= 1) {
            adds.add(band == 1 ? add("finance", "finance") : add("finance", "finance", "legal"));
        }
        if (band >= 2 && type % 2 == 1) {
            adds.add(add("region", "regional-director"));
        }
        if (band == 3) {
            adds.add(add("ceo", "ceo"));
        }
        return adds;
    }

    static List<Spec> specs() {
        List<Spec> specs = new ArrayList<>();
        for (int t = 0; t < TYPES; t++) {
            for (int b = 0; b < 4; b++) {
                String type = "t" + t;
                Condition amount = BAND_TO[b] == null
                        ? Condition.compare("amount", Operator.GTE, BAND_FROM[b])
                        : Condition.between("amount", BAND_FROM[b], BAND_TO[b]);
                String mvelAmount = "f.amount >= " + BAND_FROM[b] + (BAND_TO[b] == null ? "" : " && f.amount < " + BAND_TO[b]);
                String drlAmount = "amount >= " + BAND_FROM[b] + (BAND_TO[b] == null ? "" : ", amount < " + BAND_TO[b]);
                specs.add(new Spec(t * 4 + b, type + "-b" + b, Condition.and(Condition.eq("type", type), amount),
                        "f.type == '" + type + "' && " + mvelAmount, "type == \"" + type + "\", " + drlAmount,
                        bandAdds(t, b)));
            }
        }
        specs.add(new Spec(40, "liability", Condition.or(Condition.contains("deviation.edited", "liability"),
                Condition.contains("deviation.fallback", "liability"),
                Condition.contains("deviation.missingMandatory", "liability")),
                "f.edited.contains('liability') || f.fallback.contains('liability') || f.missing.contains('liability')",
                "edited contains \"liability\" || fallback contains \"liability\" || missing contains \"liability\"",
                List.of(add("legal-review", "legal"))));
        specs.add(new Spec(41, "over-budget", Condition.and(Condition.test("direction", Operator.EQ,
                AttributeValue.text("BUY_SIDE")), Condition.is("overBudget", true)),
                "f.direction == 'BUY_SIDE' && f.overBudget", "direction == \"BUY_SIDE\", overBudget == true",
                List.of(add("control", "controller"))));
        specs.add(new Spec(42, "high-risk", Condition.test("riskLevel", Operator.GTE, AttributeValue.text("HIGH")),
                "f.risk >= 2", "risk >= 2", List.of(add("risk", "risk-officer"))));
        specs.add(new Spec(43, "big-regional", Condition.and(Condition.in("region", "east", "west"),
                Condition.compare("amount", Operator.GTE, "5000000")),
                "(f.region == 'east' || f.region == 'west') && f.amount >= 5000000",
                "region in (\"east\", \"west\"), amount >= 5000000", List.of(add("region", "regional-director"))));
        StringBuilder mvelWatch = new StringBuilder();
        StringBuilder drlWatch = new StringBuilder();
        for (String p : WATCHLIST) {
            mvelWatch.append(mvelWatch.length() == 0 ? "" : " || ").append("f.counterparty == '").append(p).append("'");
            drlWatch.append(drlWatch.length() == 0 ? "" : ", ").append('"').append(p).append('"');
        }
        specs.add(new Spec(44, "watchlist", Condition.in("counterparty", WATCHLIST), mvelWatch.toString(),
                "counterparty in (" + drlWatch + ")", List.of(add("legal-review", "legal", "compliance"))));
        specs.add(new Spec(45, "procurement", Condition.and(Condition.eq("department", "procurement"),
                Condition.compare("amount", Operator.GTE, "500000")),
                "f.department == 'procurement' && f.amount >= 500000", "department == \"procurement\", amount >= 500000",
                List.of(add("control", "controller"))));
        specs.add(new Spec(46, "missing-clause", Condition.test("deviation.missingMandatory", Operator.PRESENT),
                "!f.missing.isEmpty()", "missing.empty == false", List.of(add("legal-review", "legal"))));
        specs.add(new Spec(47, "extra-approval", Condition.is("deviation.extraApproval", true), "f.extraApproval",
                "extraApproval == true", List.of(add("ceo", "ceo"))));
        specs.add(new Spec(48, "critical", Condition.and(Condition.test("riskLevel", Operator.EQ,
                AttributeValue.text("CRITICAL")), Condition.compare("amount", Operator.GTE, "1000000")),
                "f.risk == 3 && f.amount >= 1000000", "risk == 3, amount >= 1000000",
                List.of(add("ceo", "ceo"), add("risk", "risk-officer"))));
        return specs;
    }

    static List<StageAddition> catchAllAdds() {
        return List.of(add("department", "dept-head"));
    }

    static ApprovalPolicy pactum() {
        List<ApprovalRule> rules = new ArrayList<>();
        for (Spec s : specs()) {
            String band = s.index() < 40 ? "t" + (s.index() / 4) : null;
            rules.add(new ApprovalRule(s.id(), s.id(), s.when(), band, s.adds()));
        }
        rules.add(new ApprovalRule("otherwise", "otherwise", null, null, catchAllAdds()));
        return new ApprovalPolicy("bench", LocalDate.of(2026, 1, 1), Currency.getInstance("CNY"), Map.of(), stages(),
                rules, SeparationOfDuties.standard(), MaterialChangeReset.RESTART_ROUTE);
    }

    static String drl() {
        StringBuilder sb = new StringBuilder("package bench;\nimport io.pactum.benchmarks.approval.BenchFact;\n"
                + "global io.pactum.benchmarks.approval.Matched out;\n");
        for (Spec s : specs()) {
            sb.append("rule \"r").append(s.index()).append("\"\nwhen\n  BenchFact( ").append(s.drl())
                    .append(" )\nthen\n  out.add(").append(s.index()).append(");\nend\n");
        }
        return sb.toString();
    }
}
