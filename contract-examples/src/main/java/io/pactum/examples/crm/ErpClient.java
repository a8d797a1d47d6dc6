package io.pactum.examples.crm;

/**
 * The CRM's client of its ERP and finance system. Throws when the ERP refuses or cannot be reached.
 *
 * <p>Implementations must be thread-safe.
 */
public interface ErpClient {

    /** Creates a sales order. */
    void createSalesOrder(ErpDocument.SalesOrder order);

    /** Books a customer receipt. */
    void bookReceipt(ErpDocument.Receipt receipt);

    /** Asks finance for an invoice. */
    void requestInvoice(ErpDocument.InvoiceRequest request);
}
