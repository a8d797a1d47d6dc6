package io.pactum.tck;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the JUnit tests of the kit whose id the implementer excluded, asking the test instance's
 * {@link PactumTck#excludedTests()} or {@link OutboundTck#excludedTests()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExcludedTestsCondition implements ExecutionCondition {

    /** Creates the condition; JUnit does, through {@code @ExtendWith}. */
    public ExcludedTestsCondition() {
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        Optional<Object> instance = context.getTestInstance();
        if (method.isEmpty()) {
            return ConditionEvaluationResult.enabled("a container");
        }
        String id = TckExclusions.idOf(method.get());
        boolean excluded = TckExclusions.excludedBy(instance.orElse(null)).contains(id);
        return excluded ? ConditionEvaluationResult.disabled("excluded by the implementer: " + id)
                : ConditionEvaluationResult.enabled("not excluded: " + id);
    }
}
