package io.pactum.examples.crm;

import java.util.ArrayList;
import java.util.List;

/**
 * An ERP that keeps what it is sent, for the example run and the tests; {@link #breakDown()}
 * makes it answer as an ERP that is down.
 *
 * <p>Thread-safe.
 */
public final class FakeErp implements ErpClient {

    private final List<ErpDocument> booked = new ArrayList<>();
    private volatile boolean down;

    /** Creates an empty ERP. */
    public FakeErp() {
    }

    @Override
    public void createSalesOrder(ErpDocument.SalesOrder order) {
        book(order);
    }

    @Override
    public void bookReceipt(ErpDocument.Receipt receipt) {
        book(receipt);
    }

    @Override
    public void requestInvoice(ErpDocument.InvoiceRequest request) {
        book(request);
    }

    private synchronized void book(ErpDocument document) {
        if (down) {
            throw new IllegalStateException("ERP unavailable (503) for " + document.reference());
        }
        booked.add(document);
    }

    /** Everything booked, in order. */
    public synchronized List<ErpDocument> booked() {
        return List.copyOf(booked);
    }

    /** From now on every call fails. */
    public void breakDown() {
        down = true;
    }

    /** Ends {@link #breakDown()}. */
    public void restore() {
        down = false;
    }
}
