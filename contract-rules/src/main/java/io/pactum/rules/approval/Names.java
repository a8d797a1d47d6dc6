package io.pactum.rules.approval;

import io.pactum.core.error.PactumException;
import io.pactum.rules.RuleError;
import java.util.Objects;

/** Checks of names used in policies (roles, groups, stages, rule ids). */
final class Names {

    private Names() {
    }

    static String check(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank() || name.length() > 64) {
            throw new PactumException(RuleError.BAD_POLICY_VALUE, what, what + " must be 1 to 64 characters, not blank");
        }
        return name;
    }
}
