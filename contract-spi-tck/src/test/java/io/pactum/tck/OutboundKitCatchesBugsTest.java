package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.json.JsonInput;
import io.pactum.spi.CallContext;
import io.pactum.spi.port.ESignaturePort;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.IntegrationEventPort;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.NotificationPort;
import io.pactum.spi.port.SignatureRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The outbound kits fail the mistakes an adapter author makes: each buggy adapter below fails the
 * kit test that names its bug (the reference adapter passes them all, see InMemory…PortTest).
 */
class OutboundKitCatchesBugsTest {

    /** A fake channel: records keys, throws while broken. */
    static final class FakeChannel implements TckDownstream {
        private final List<String> effects = new ArrayList<>();
        private volatile boolean broken;

        synchronized void accept(String key) {
            if (broken) {
                throw new IllegalStateException("channel down");
            }
            effects.add(key);
        }

        @Override
        public synchronized List<String> effects() {
            return List.copyOf(effects);
        }

        @Override
        public void breakDown() {
            broken = true;
        }

        @Override
        public void restore() {
            broken = false;
        }
    }

    private static NotificationPortTck notificationKit(Function<FakeChannel, NotificationPort> adapter) {
        return new NotificationPortTck() {
            @Override
            protected TckOutbound<NotificationPort> newOutbound() {
                FakeChannel channel = new FakeChannel();
                return new TckOutbound<>(adapter.apply(channel), channel);
            }
        };
    }

    private static IntegrationEventPortTck eventKit(Function<FakeChannel, IntegrationEventPort> adapter) {
        return new IntegrationEventPortTck() {
            @Override
            protected TckOutbound<IntegrationEventPort> newOutbound() {
                FakeChannel channel = new FakeChannel();
                return new TckOutbound<>(adapter.apply(channel), channel);
            }
        };
    }

    @Test
    void noDeduplication_failsTheRepeatTest() {
        NotificationPortTck kit = notificationKit(channel -> (ctx, n) -> channel.accept(n.idempotencyKey()));
        assertThrows(AssertionFailedError.class, kit::send_repeatedKey_takesEffectOnce);
    }

    @Test
    void keyRememberedBeforeTheChannelAccepted_failsTheRetryTest() {
        NotificationPortTck kit = notificationKit(channel -> {
            Set<String> seen = new HashSet<>();
            return (ctx, n) -> {
                if (seen.add(ctx.tenant() + "/" + n.idempotencyKey())) {
                    channel.accept(n.idempotencyKey());
                }
            };
        });
        kit.send_repeatedKey_takesEffectOnce();
        assertThrows(AssertionFailedError.class, kit::send_retryAfterFailure_takesEffectOnce);
    }

    @Test
    void swallowedFailure_failsTheFailureTest() {
        NotificationPortTck kit = notificationKit(channel -> new NotificationPort() {
            private final Set<String> seen = new HashSet<>();

            @Override
            public synchronized void send(CallContext ctx, Notification n) {
                try {
                    if (!seen.contains(n.idempotencyKey())) {
                        channel.accept(n.idempotencyKey());
                        seen.add(n.idempotencyKey());
                    }
                } catch (RuntimeException e) {
                    // the bug: the outbox believes the notification was delivered
                }
            }
        });
        assertThrows(AssertionFailedError.class, kit::send_downstreamFails_throws);
    }

    @Test
    void deduplicationAcrossTenants_failsTheTenantTest() {
        NotificationPortTck kit = notificationKit(channel -> new NotificationPort() {
            private final Set<String> seen = new HashSet<>();

            @Override
            public synchronized void send(CallContext ctx, Notification n) {
                if (!seen.contains(n.idempotencyKey())) {
                    channel.accept(n.idempotencyKey());
                    seen.add(n.idempotencyKey());
                }
            }
        });
        kit.send_repeatedKey_takesEffectOnce();
        assertThrows(AssertionFailedError.class, kit::send_sameKeyInTwoTenants_takesEffectTwice);
    }

    @Test
    void strictPayloadReader_failsTheAddedFieldsProperty() {
        IntegrationEventPortTck kit = eventKit(channel -> new IntegrationEventPort() {
            private final Set<String> seen = new HashSet<>();

            @Override
            public synchronized void publish(CallContext ctx, IntegrationEvent e) {
                // the bug: reads v1 strictly, so a field added within v1 breaks it
                String type = JsonInput.standard().read("event", e.payloadJson(), r -> {
                    r.ignore("schema", "eventId", "occurredAt", "tenant", "actor", "correlationId", "contract", "data");
                    return r.string("type");
                });
                if (!type.isEmpty() && !seen.contains(ctx.tenant() + "/" + e.eventId())) {
                    channel.accept(e.eventId());
                    seen.add(ctx.tenant() + "/" + e.eventId());
                }
            }
        });
        kit.publish_once_takesEffectOnce();
        assertThrows(RuntimeException.class,
                () -> kit.publish_anyTypeWithAddedFields_isTolerated(EventType.PAYMENT_RECEIVED, Map.of("addedLater", "1")));
    }

    private static ESignaturePortTck signatureKit(Function<FakeChannel, ESignaturePort> adapter) {
        return new ESignaturePortTck() {
            @Override
            protected TckOutbound<ESignaturePort> newOutbound() {
                FakeChannel provider = new FakeChannel();
                return new TckOutbound<>(adapter.apply(provider), provider);
            }
        };
    }

    @Test
    void signatureRequestsNotDeduplicated_failTheRepeatTest() {
        ESignaturePortTck kit = signatureKit(provider -> (ctx, r) -> provider.accept(r.requestId()));
        kit.request_once_takesEffectOnce();
        assertThrows(AssertionFailedError.class, kit::request_repeatedId_takesEffectOnce);
    }

    @Test
    void swallowedProviderFailure_failsTheSignatureFailureTest() {
        ESignaturePortTck kit = signatureKit(provider -> new ESignaturePort() {
            private final Set<String> seen = new HashSet<>();

            @Override
            public synchronized void request(CallContext ctx, SignatureRequest r) {
                try {
                    if (seen.add(ctx.tenant() + "/" + r.requestId())) {
                        provider.accept(r.requestId());
                    }
                } catch (RuntimeException e) {
                    // the bug: the contract waits in signature for a request the provider never got
                }
            }
        });
        kit.request_repeatedId_takesEffectOnce();
        assertThrows(AssertionFailedError.class, kit::request_downstreamFails_throws);
    }
}
