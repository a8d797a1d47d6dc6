package io.pactum.rules.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An engine's profiles reduced to small integers for the batch scan: every rule id gets a dense
 * slot (the built-in rules by ordinal, then each distinct custom rule id), and an alert's counting
 * identity is one int code {@code slot << 3 | severity ordinal}. Each profile gets an index and
 * its payment-aging codes, so the hot loop reads an array instead of records.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class RuleCodes {


    private final List<String> ruleIds = new ArrayList<>();
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<RiskProfile> profiles = new ArrayList<>();
    private final Map<RiskProfile, Integer> profileIndex = new IdentityHashMap<>();
    /** Per profile, four codes: payment-overdue per aging bucket, or -1 when aging is off. */
    final int[] agingCodes;

    RuleCodes(RiskProfiles all) {
        for (RiskRule r : RiskRule.values()) {
            ruleIds.add(r.id());
            slots.put(r.id(), r.ordinal());
        }
        addProfile(all.defaultProfile());
        all.byType().entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
                .forEach(e -> addProfile(e.getValue()));
        int n = profiles.size();
        agingCodes = new int[4 * n];
        for (int i = 0; i < n; i++) {
            RiskProfile p = profiles.get(i);
            RiskProfile.Aging a = p.paymentOverdue();
            Severity[] bySeverity = a == null ? null
                    : new Severity[] {a.days1to30(), a.days31to60(), a.days61to90(), a.over90()};
            for (int b = 0; b < 4; b++) {
                agingCodes[4 * i + b] = bySeverity == null ? -1 : code(RiskRule.PAYMENT_OVERDUE, bySeverity[b]);
            }
        }
    }

    private void addProfile(RiskProfile p) {
        if (profileIndex.containsKey(p)) {
            return;
        }
        profileIndex.put(p, profiles.size());
        profiles.add(p);
        for (CustomRiskRule r : p.customRules()) {
            slots.computeIfAbsent(r.ruleId(), id -> {
                ruleIds.add(id);
                return ruleIds.size() - 1;
            });
        }
    }

    /** The index of one of the engine's profiles. */
    int profileIndex(RiskProfile p) {
        Integer i = profileIndex.get(p);
        if (i == null) {
            throw new IllegalStateException("not a profile of this engine");
        }
        return i;
    }

    int slots() {
        return ruleIds.size();
    }

    String ruleId(int slot) {
        return ruleIds.get(slot);
    }

    static int code(RiskRule rule, Severity severity) {
        return rule.ordinal() << 3 | severity.ordinal();
    }

    /** The code of an alert raised by the evaluator (a built-in or a custom rule). */
    int code(Alert a) {
        Integer slot = slots.get(a.ruleId());
        if (slot == null) {
            throw new IllegalStateException("unknown rule id " + a.ruleId());
        }
        return slot << 3 | a.severity().ordinal();
    }

}
