package io.pactum.examples.crm;

import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.money.Money;
import io.pactum.spi.CallContext;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.IntegrationEventPort;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The CRM's {@link IntegrationEventPort}: books {@code contract.signed} as a sales order,
 * {@code payment.received} as a receipt and {@code invoice.requested} as an invoice request in
 * the ERP; other types are not the ERP's business and are dropped.
 *
 * <p>The payload ({@code pactum.event/v1}) is read with Pactum's JSON kit, taking only the fields
 * the ERP needs and ignoring the rest, because within v1 fields are only ever added. An event of
 * another schema version is refused (thrown, so the outbox retries and then parks it where an
 * operator sees it) rather than misread. A repeated event id of a tenant is dropped; a failed ERP
 * call gives the id back and rethrows so the retry goes through. The forwarder calls the ERP on
 * the dispatcher's thread, so a contract's events reach it in order.
 *
 * <p>Thread-safe.
 */
public final class ErpEventForwarder implements IntegrationEventPort {

    /** The event types the ERP books. */
    public static final Set<EventType> FORWARDED =
            EnumSet.of(EventType.CONTRACT_SIGNED, EventType.PAYMENT_RECEIVED, EventType.INVOICE_REQUESTED);

    private final ErpClient erp;
    private final DeliveredKeys delivered = new DeliveredKeys();

    /** Creates a forwarder to an ERP client. */
    public ErpEventForwarder(ErpClient erp) {
        this.erp = Objects.requireNonNull(erp, "erp");
    }

    @Override
    public void publish(CallContext ctx, IntegrationEvent event) {
        if (!FORWARDED.contains(event.type())) {
            return;
        }
        if (event.schemaVersion() != 1) {
            throw new IllegalStateException("event " + event.eventId() + " has schema version " + event.schemaVersion()
                    + "; this forwarder reads pactum.event/v1");
        }
        ErpDocument document = read(event);  // a malformed payload throws before the id is claimed
        if (!delivered.claim(ctx.tenant(), event.eventId())) {
            return; // a repeated delivery: booked already
        }
        try {
            book(document);
        } catch (RuntimeException e) {
            delivered.release(ctx.tenant(), event.eventId());
            throw e;
        }
    }

    private void book(ErpDocument document) {
        if (document instanceof ErpDocument.SalesOrder order) {
            erp.createSalesOrder(order);
        } else if (document instanceof ErpDocument.Receipt receipt) {
            erp.bookReceipt(receipt);
        } else if (document instanceof ErpDocument.InvoiceRequest invoice) {
            erp.requestInvoice(invoice);
        }
    }

    /** Maps the payload to the ERP's document; every problem is one ValidationException with pointers. */
    static ErpDocument read(IntegrationEvent event) {
        return JsonInput.standard().read("pactum event", event.payloadJson(), root -> {
            root.ignoreOtherProperties();
            JsonObjectReader contract = root.object("contract");
            if (contract == null) {
                return null;
            }
            contract.ignoreOtherProperties();
            String number = contract.string("number");
            switch (event.type()) {
                case CONTRACT_SIGNED:
                    return salesOrder(event.eventId(), number, contract);
                case PAYMENT_RECEIVED:
                    return receipt(event.eventId(), number, root.object("data"));
                default:
                    return invoiceRequest(event.eventId(), number, root.object("data"));
            }
        });
    }

    private static ErpDocument.@Nullable SalesOrder salesOrder(String reference, @Nullable String number,
            JsonObjectReader contract) {
        String customer = null;
        for (JsonObjectReader party : contract.objects("counterparties")) {
            party.ignoreOtherProperties();
            String name = party.string("name");
            if ("CUSTOMER".equals(party.string("role")) && customer == null) {
                customer = name;
            }
        }
        Money value = contract.money("value");
        LocalDate start = contract.date("effectiveDate");
        LocalDate end = contract.optDate("endDate");
        if (customer == null) {
            contract.error("counterparties", io.pactum.core.error.CoreError.REQUIRED, "no counterparty is the CUSTOMER");
        }
        if (number == null || customer == null || value == null || start == null) {
            return null;
        }
        return new ErpDocument.SalesOrder(reference, number, customer, value, start, end);
    }

    private static ErpDocument.@Nullable Receipt receipt(String reference, @Nullable String number,
            @Nullable JsonObjectReader data) {
        if (data == null) {
            return null;
        }
        data.ignoreOtherProperties();
        String key = obligationKey(data);
        JsonObjectReader payment = data.object("payment");
        if (payment == null) {
            return null;
        }
        payment.ignoreOtherProperties();
        Money amount = payment.money("amount");
        LocalDate paidOn = payment.date("paidOn");
        boolean late = payment.bool("late", false);
        if (number == null || key == null || amount == null || paidOn == null) {
            return null;
        }
        return new ErpDocument.Receipt(reference, number, key, amount, paidOn, late);
    }

    private static ErpDocument.@Nullable InvoiceRequest invoiceRequest(String reference, @Nullable String number,
            @Nullable JsonObjectReader data) {
        if (data == null) {
            return null;
        }
        data.ignoreOtherProperties();
        JsonObjectReader obligation = data.object("obligation");
        if (obligation == null) {
            return null;
        }
        obligation.ignoreOtherProperties();
        String key = obligation.string("key");
        Money amount = obligation.money("amount");
        LocalDate due = obligation.optDate("dueDate");
        if (number == null || key == null || amount == null) {
            return null;
        }
        return new ErpDocument.InvoiceRequest(reference, number, key, amount, due);
    }

    private static @Nullable String obligationKey(JsonObjectReader data) {
        JsonObjectReader obligation = data.object("obligation");
        if (obligation == null) {
            return null;
        }
        obligation.ignoreOtherProperties();
        return obligation.string("key");
    }
}
