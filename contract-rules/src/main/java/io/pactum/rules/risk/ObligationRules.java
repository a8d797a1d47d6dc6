package io.pactum.rules.risk;

import org.jspecify.annotations.Nullable;

/**
 * The obligation rules' settings that apply to a contract (from its profile and status). The
 * monitor numbers the distinct ones, so that a change to one obligation finds its rules from the
 * contract's row without reading the contract's snapshot.
 */
final class ObligationRules {
    final RiskProfile.@Nullable Aging aging;
    final RiskProfile.@Nullable Days late;
    final RiskProfile.@Nullable Days overdue;

    ObligationRules(ContractEvaluator e, RiskSnapshot s) {
        this.aging = e.aging(s);
        this.late = e.late(s);
        this.overdue = e.overdue(s);
    }

    /** Whether both hold the same settings objects. */
    boolean same(ObligationRules o) {
        return aging == o.aging && late == o.late && overdue == o.overdue;
    }
}
