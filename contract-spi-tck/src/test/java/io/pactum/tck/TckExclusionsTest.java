package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
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

    @Test
    void systemProperty_thisBuildExcludesTheCanary() {
        assertTrue(TckExclusions.fromSystemProperty().contains(TckExclusions.CANARY));
    }
}
