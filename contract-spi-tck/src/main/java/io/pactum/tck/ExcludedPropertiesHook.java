package io.pactum.tck;

import java.lang.reflect.Method;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.MethodLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips the jqwik properties of the kit whose id the implementer excluded: the same list as
 * {@link ExcludedTestsCondition}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExcludedPropertiesHook implements SkipExecutionHook {

    /** Creates the hook; jqwik does, through {@code @AddLifecycleHook}. */
    public ExcludedPropertiesHook() {
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        if (!(context instanceof MethodLifecycleContext method)) {
            return SkipResult.doNotSkip();
        }
        Method target = method.targetMethod();
        String id = TckExclusions.idOf(target);
        boolean excluded;
        try {
            Object instance = method.testInstance();
            excluded = instance instanceof PactumTck tck ? tck.excludedTests().contains(id)
                    : TckExclusions.fromSystemProperty().contains(id);
        } catch (RuntimeException noInstanceYet) {
            excluded = TckExclusions.fromSystemProperty().contains(id);
        }
        return excluded ? SkipResult.skip("excluded by the implementer: " + id) : SkipResult.doNotSkip();
    }
}
