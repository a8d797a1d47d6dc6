package io.pactum.examples.crm;

import io.pactum.spi.CallContext;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.NotificationPort;
import java.util.Map;
import java.util.Objects;

/**
 * The CRM's {@link NotificationPort}: looks up the recipient, renders the template key into the
 * CRM's text and hands it to the channel the notification names ({@code wecom}, {@code email};
 * Pactum's {@code in-app} goes to WeCom, where the sales team lives).
 *
 * <p>Delivery is at least once, so the router drops a repeated idempotency key of a tenant
 * ({@link DeliveredKeys}); a failed channel call gives the key back and rethrows, so the outbox
 * retries and the retry goes out. An unknown recipient is a failure too (the outbox parks the
 * message after its retries, where an operator sees it), never a silent drop.
 *
 * <p>Thread-safe.
 */
public final class CrmNotificationRouter implements NotificationPort {

    private final Map<String, CrmUser> users;
    private final MessageTemplates templates;
    private final MessageChannel wecom;
    private final MessageChannel email;
    private final DeliveredKeys delivered = new DeliveredKeys();

    /**
     * Creates a router.
     *
     * @param users the CRM's users by Pactum user id
     * @param templates the texts
     * @param wecom the WeCom client
     * @param email the e-mail client
     */
    public CrmNotificationRouter(Map<String, CrmUser> users, MessageTemplates templates, MessageChannel wecom,
            MessageChannel email) {
        this.users = Map.copyOf(users);
        this.templates = Objects.requireNonNull(templates, "templates");
        this.wecom = Objects.requireNonNull(wecom, "wecom");
        this.email = Objects.requireNonNull(email, "email");
    }

    @Override
    public void send(CallContext ctx, Notification notification) {
        CrmUser user = users.get(notification.recipient().value());
        if (user == null) {
            throw new IllegalStateException("no CRM user " + notification.recipient() + " for notification "
                    + notification.idempotencyKey());
        }
        if (!delivered.claim(ctx.tenant(), notification.idempotencyKey())) {
            return; // a repeated delivery: the message went out already
        }
        try {
            String[] text = templates.render(notification.templateKey(), notification.parameters());
            boolean mail = notification.channel().equals("email");
            OutgoingMessage message = new OutgoingMessage(mail ? "email" : "wecom", mail ? user.email() : user.wecomId(),
                    text[0], text[1], notification.idempotencyKey());
            (mail ? email : wecom).deliver(message);
        } catch (RuntimeException e) {
            delivered.release(ctx.tenant(), notification.idempotencyKey());
            throw e;
        }
    }
}
