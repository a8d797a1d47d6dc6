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
        Class<?> container = method.containerClass();
        boolean kit = PactumTck.class.isAssignableFrom(container) || OutboundTck.class.isAssignableFrom(container);
        // jqwik asks before it creates the test instance: make one to ask its exclusion list
        boolean excluded = TckExclusions.excludedBy(kit ? context.newInstance(container) : null).contains(id);
        return excluded ? SkipResult.skip("excluded by the implementer: " + id) : SkipResult.doNotSkip();
    }
}
