package io.pactum.spi.runtime;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Runs a property only in the long run ({@code -Pproperties-long}, which raises
 * {@code jqwik.tries.default} to 100,000 or more), so that the default build stays fast.
 */
final class LongRunsOnly implements SkipExecutionHook {

    /** Made by jqwik through {@code @AddLifecycleHook}. */
    LongRunsOnly() {
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        String tries = System.getProperty("jqwik.tries.default", "");
        boolean longRun = tries.matches("\\d{6,}");
        return longRun ? SkipResult.doNotSkip() : SkipResult.skip("only with -Pproperties-long");
    }
}
