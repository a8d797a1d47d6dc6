package io.pactum.spi.access;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The policy's answer, with the rule that allowed it or why nothing did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param allowed whether the action is allowed
 * @param rule the name of the allowing rule, or {@code null} when denied
 * @param explanation a sentence for logs, audit and the user
 */
public record AccessDecision(boolean allowed, @Nullable String rule, String explanation) {

    /** Checks presence. */
    public AccessDecision {
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The allowing rule's name. */
    public Optional<String> allowingRule() {
        return Optional.ofNullable(rule);
    }
}
