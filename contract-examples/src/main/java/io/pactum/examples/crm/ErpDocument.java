package io.pactum.examples.crm;

import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the CRM books in its ERP and finance system from Pactum's events. Each carries the event id
 * as its reference, which the ERP also keeps unique.
 */
public sealed interface ErpDocument permits ErpDocument.SalesOrder, ErpDocument.Receipt, ErpDocument.InvoiceRequest {

    /** The Pactum event id it came from. */
    String reference();

    /**
     * A sales order for a signed contract.
     *
     * @param reference the event id
     * @param contractNumber the contract's number
     * @param customer the customer's name
     * @param value the contract value
     * @param start the first day of the term
     * @param end the last day, {@code null} when open-ended
     */
    record SalesOrder(String reference, String contractNumber, String customer, Money value, LocalDate start,
            @Nullable LocalDate end) implements ErpDocument {

        /** Checks presence. */
        public SalesOrder {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(contractNumber, "contractNumber");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(start, "start");
        }
    }

    /**
     * A customer payment received against a contract's payment obligation.
     *
     * @param reference the event id
     * @param contractNumber the contract's number
     * @param obligationKey the payment obligation, for example {@code down-payment#0}
     * @param amount the amount paid
     * @param paidOn the value date
     * @param late whether it was paid after the due date
     */
    record Receipt(String reference, String contractNumber, String obligationKey, Money amount, LocalDate paidOn,
            boolean late) implements ErpDocument {

        /** Checks presence. */
        public Receipt {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(contractNumber, "contractNumber");
            Objects.requireNonNull(obligationKey, "obligationKey");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(paidOn, "paidOn");
        }
    }

    /**
     * A request to the finance team to issue an invoice (发票) for a payment obligation.
     *
     * @param reference the event id
     * @param contractNumber the contract's number
     * @param obligationKey the payment obligation
     * @param amount the amount to invoice
     * @param dueDate when the payment falls due, {@code null} while unknown
     */
    record InvoiceRequest(String reference, String contractNumber, String obligationKey, Money amount,
            @Nullable LocalDate dueDate) implements ErpDocument {

        /** Checks presence. */
        public InvoiceRequest {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(contractNumber, "contractNumber");
            Objects.requireNonNull(obligationKey, "obligationKey");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
