package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The exclusion list: its parsing, its ids, and that this build passes it. */
class TckExclusionsTest {

    @Test
    void parse_commaListWithBlanks_trimmedIds() {
        assertEquals(Set.of("A#x", "B#y"), TckExclusions.parse(" A#x, ,B#y ,"));
        assertTrue(TckExclusions.parse(null).isEmpty());
    }

    @Test
    void idOf_namesTheDeclaringKitClass() throws Exception {
        assertEquals(TckExclusions.CANARY,
                TckExclusions.idOf(PactumTck.class.getMethod("canary_failsUnlessExclusionsAreWired")));
    }

    @Test
    void idOf_outboundCanary_isTheOneCanaryId() throws Exception {
        assertEquals(TckExclusions.CANARY,
                TckExclusions.idOf(OutboundTck.class.getMethod("canary_failsUnlessExclusionsAreWired")));
        assertEquals("NotificationPortTck#send_once_takesEffectOnce",
                TckExclusions.idOf(NotificationPortTck.class.getMethod("send_once_takesEffectOnce")));
    }

    /**
     * The outbound kits share their checks through OutboundPortTck, but every test is still
     * declared by its kit, so implementers' exclusion ids ({@code Kit#method}) keep matching.
     */
    @Test
    void idOf_outboundKitTests_nameTheirKit() throws Exception {
        for (Class<?> kit : List.of(NotificationPortTck.class, IntegrationEventPortTck.class, ESignaturePortTck.class)) {
            int tests = 0;
            for (Method m : kit.getMethods()) {
                if (m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(Property.class)) {
                    tests++;
                    String id = TckExclusions.idOf(m);
                    assertTrue(id.equals(TckExclusions.CANARY) || id.startsWith(kit.getSimpleName() + "#"), id);
                }
            }
            assertTrue(tests > 1, kit::getSimpleName);
        }
        assertEquals("ESignaturePortTck#request_repeatedId_takesEffectOnce",
                TckExclusions.idOf(ESignaturePortTck.class.getMethod("request_repeatedId_takesEffectOnce")));
    }

    @Test
    void systemProperty_thisBuildExcludesTheCanary() {
        assertTrue(TckExclusions.fromSystemProperty().contains(TckExclusions.CANARY));
    }
}
