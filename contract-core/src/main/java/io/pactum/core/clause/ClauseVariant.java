package io.pactum.core.clause;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.internal.Checks;
import java.util.Objects;

/**
 * One text of a clause: the standard one or a pre-approved fallback.
 *
 * @param key the variant's key within its clause version, for example {@code standard} or {@code cap-2x}
 * @param body the text in the template syntax (see docs/templates.md)
 * @param riskLevel how far it moves from the standard; {@link RiskLevel#NONE} for the standard
 * @param extraApproval whether choosing it needs an extra approval (for example by legal)
 */
public record ClauseVariant(String key, String body, RiskLevel riskLevel, boolean extraApproval) {

    /** The key of the standard variant. */
    public static final String STANDARD = "standard";

    /** Checks the key and that the body is not blank. */
    public ClauseVariant {
        Checks.id(key, "key");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(riskLevel, "riskLevel");
        if (body.isBlank()) {
            throw new PactumException(CoreError.REQUIRED, "body", "variant " + key + " has an empty body");
        }
    }

    /** The standard variant of a clause: key {@code standard}, no risk, no extra approval. */
    public static ClauseVariant standard(String body) {
        return new ClauseVariant(STANDARD, body, RiskLevel.NONE, false);
    }

    /** A pre-approved fallback. */
    public static ClauseVariant fallback(String key, String body, RiskLevel riskLevel, boolean extraApproval) {
        return new ClauseVariant(key, body, riskLevel, extraApproval);
    }

    /** Whether this is the standard text. */
    public boolean isStandard() {
        return STANDARD.equals(key);
    }
}
