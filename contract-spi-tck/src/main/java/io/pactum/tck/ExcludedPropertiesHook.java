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
        Class<?> container = method.containerClass();
        if (PactumTck.class.isAssignableFrom(container)) {
            // jqwik asks before it creates the test instance: make one to ask its exclusion list
            PactumTck tck = (PactumTck) context.newInstance(container);
            excluded = tck.excludedTests().contains(id);
        } else {
            excluded = TckExclusions.fromSystemProperty().contains(id);
        }
        return excluded ? SkipResult.skip("excluded by the implementer: " + id) : SkipResult.doNotSkip();
    }
}
