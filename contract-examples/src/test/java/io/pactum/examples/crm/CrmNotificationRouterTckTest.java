package io.pactum.examples.crm;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.UserId;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.NotificationPort;
import io.pactum.tck.NotificationPortTck;
import io.pactum.tck.TckDownstream;
import io.pactum.tck.TckOutbound;
import java.util.List;
import java.util.Map;

/** The conformance kit against the CRM's notification router, as the vendor runs it in its build. */
class CrmNotificationRouterTckTest extends NotificationPortTck {

    @Override
    protected TckOutbound<NotificationPort> newOutbound() {
        FakeChannel channel = new FakeChannel();  // WeCom and e-mail both land here: one order of effects
        return new TckOutbound<>(new CrmNotificationRouter(CrmExample.users(), MessageTemplates.standard(), channel,
                channel), new ChannelDownstream(channel));
    }

    @Override
    protected Notification notification(String idempotencyKey, ContractId contract) {
        return new Notification(idempotencyKey, UserId.of("u-chen"), "email", "obligation.reminder",
                Map.of("number", "CRM-2026-000042", "dueDate", "2026-05-29"), contract);
    }

    /** The fake channel as the kit observes it. */
    private record ChannelDownstream(FakeChannel channel) implements TckDownstream {
        @Override
        public List<String> effects() {
            return channel.delivered().stream().map(OutgoingMessage::idempotencyKey).toList();
        }

        @Override
        public void breakDown() {
            channel.breakDown();
        }

        @Override
        public void restore() {
            channel.restore();
        }
    }
}
