package io.pactum.examples.crm;

import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEventPort;
import io.pactum.tck.IntegrationEventPortTck;
import io.pactum.tck.TckDownstream;
import io.pactum.tck.TckOutbound;
import java.util.List;
import java.util.Set;

/** The conformance kit against the CRM's ERP forwarder: it forwards three types and must ignore the rest. */
class ErpEventForwarderTckTest extends IntegrationEventPortTck {

    @Override
    protected TckOutbound<IntegrationEventPort> newOutbound() {
        FakeErp erp = new FakeErp();
        return new TckOutbound<>(new ErpEventForwarder(erp), new ErpDownstream(erp));
    }

    @Override
    protected Set<EventType> forwardedTypes() {
        return ErpEventForwarder.FORWARDED;
    }

    /** The fake ERP as the kit observes it: each booking's reference is the event id. */
    private record ErpDownstream(FakeErp erp) implements TckDownstream {
        @Override
        public List<String> effects() {
            return erp.booked().stream().map(ErpDocument::reference).toList();
        }

        @Override
        public void breakDown() {
            erp.breakDown();
        }

        @Override
        public void restore() {
            erp.restore();
        }
    }
}
