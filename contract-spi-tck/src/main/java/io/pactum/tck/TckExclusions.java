package io.pactum.tck;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Test ids and the exclusion list. A test's id is the simple name of the kit class that declares
 * it, {@code #}, and the method name, for example {@code ContractStoreTck#find_byStatus_matchesReference}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TckExclusions {

    /** The system property holding excluded test ids, separated by commas. */
    public static final String PROPERTY = "pactum.tck.excludes";

    /** The id of the canary, which fails unless the exclusion list reaches the kit. */
    public static final String CANARY = "PactumTck#canary_failsUnlessExclusionsAreWired";

    private static final String CANARY_METHOD = "canary_failsUnlessExclusionsAreWired";

    private TckExclusions() {
    }

    /**
     * The id of a test method. The canaries of {@link PactumTck} and {@link OutboundTck} share
     * the id {@link #CANARY}: one exclusion list serves every kit class.
     */
    public static String idOf(Method method) {
        if (method.getDeclaringClass() == OutboundTck.class && method.getName().equals(CANARY_METHOD)) {
            return CANARY;
        }
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    }

    /**
     * The exclusion list of a kit test instance, asking its {@code excludedTests()} (which an
     * implementer may override); the system property's list for anything else.
     */
    static Set<String> excludedBy(@Nullable Object testInstance) {
        if (testInstance instanceof PactumTck storageKit) {
            return storageKit.excludedTests();
        }
        if (testInstance instanceof OutboundTck outboundKit) {
            return outboundKit.excludedTests();
        }
        return fromSystemProperty();
    }

    /** The ids in a comma-separated list; blanks ignored; {@code null} gives none. */
    public static Set<String> parse(@Nullable String list) {
        Set<String> ids = new LinkedHashSet<>();
        if (list != null) {
            for (String id : list.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    /** The ids in the system property {@value #PROPERTY}. */
    public static Set<String> fromSystemProperty() {
        return parse(System.getProperty(PROPERTY));
    }
}
