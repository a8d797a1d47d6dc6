package io.pactum.tck;

import io.pactum.core.contract.ContractId;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import java.time.Instant;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Integration events as the runtime emits them: the {@code pactum.event/v1} envelope, the contract
 * summary and, per type, the {@code data} object documented in docs/spi.md, with amounts as
 * strings. Fields a later v1 may add are passed as {@code added}: a receiver must ignore them.
 *
 * <p>Stateless and thread-safe.
 */
public final class TckEvents {

    /** When the kit's events happened. */
    public static final Instant OCCURRED_AT = Instant.parse("2026-04-12T02:00:00Z");

    private TckEvents() {
    }

    /** An event of the type for a contract, without added fields. */
    public static IntegrationEvent event(String eventId, EventType type, TenantId tenant, ContractId contract) {
        return event(eventId, type, tenant, contract, Map.of());
    }

    /**
     * An event of the type for a contract.
     *
     * @param added property names and JSON values a later v1 might add, put into the envelope, the
     *     contract and the data objects (names must not be v1's own)
     */
    public static IntegrationEvent event(String eventId, EventType type, TenantId tenant, ContractId contract,
            Map<String, String> added) {
        String extra = added(added);
        String json = "{\"schema\": \"pactum.event/v1\", \"eventId\": " + quote(eventId) + ", \"type\": "
                + quote(type.wireName()) + ", \"occurredAt\": \"" + OCCURRED_AT + "\", \"tenant\": " + quote(tenant.value())
                + ", \"actor\": \"u-zhang\", \"correlationId\": \"tck-1\", \"contract\": " + contract(contract, extra)
                + data(type, extra) + extra + "}";
        return new IntegrationEvent(eventId, type, 1, contract, OCCURRED_AT, json);
    }

    private static String contract(ContractId id, String extra) {
        return "{\"id\": " + quote(id.value()) + ", \"number\": " + quote("SC-2026-" + id.value())
                + ", \"title\": \"IT service\", \"type\": \"service\", \"direction\": \"SELL_SIDE\", \"status\": \"ACTIVE\","
                + " \"revision\": 6, \"owner\": \"u-zhang\", \"department\": \"sales-east\","
                + " \"value\": {\"amount\": \"120000.00\", \"currency\": \"CNY\"}, \"effectiveDate\": \"2026-04-01\","
                + " \"endDate\": \"2027-03-31\", \"counterparties\": [{\"id\": \"acme\", \"name\": \"ACME Trading\","
                + " \"role\": \"CUSTOMER\"}]" + extra + "}";
    }

    private static String obligation(String extra) {
        return "\"obligation\": {\"key\": \"down-payment#0\", \"definition\": \"down-payment\", \"occurrence\": 0,"
                + " \"kind\": \"PAYMENT_IN\", \"stage\": \"DOWN_PAYMENT\", \"title\": \"30% down payment\","
                + " \"side\": \"COUNTERPARTY\", \"owner\": {\"person\": \"u-zhang\"}, \"dueDate\": \"2026-04-10\","
                + " \"status\": \"OVERDUE\", \"amount\": {\"amount\": \"36000.00\", \"currency\": \"CNY\"},"
                + " \"fulfilled\": {\"amount\": \"10000.00\", \"currency\": \"CNY\"},"
                + " \"outstanding\": {\"amount\": \"26000.00\", \"currency\": \"CNY\"}" + extra + "}";
    }

    private static String data(EventType type, String extra) {
        String body;
        switch (type) {
            case OBLIGATION_DUE, OBLIGATION_OVERDUE -> body = obligation(extra);
            case OBLIGATION_FULFILLED -> body = obligation(extra)
                    + ", \"fulfilledOn\": \"2026-04-12\", \"evidence\": [\"bank-slip-1\"]";
            case PAYMENT_RECEIVED -> body = obligation(extra) + ", \"payment\": {\"amount\": {\"amount\": \"10000.00\","
                    + " \"currency\": \"CNY\"}, \"paidOn\": \"2026-04-12\", \"late\": true, \"fullyPaid\": false,"
                    + " \"evidence\": [\"bank-slip-1\"]" + extra + "}";
            case INVOICE_REQUESTED -> body = obligation(extra) + ", \"trigger\": {\"event\": \"OBLIGATION_FULFILLED\","
                    + " \"obligation\": \"design\", \"date\": \"2026-04-12\"" + extra + "}";
            case RISK_ALERT_RAISED -> body = "\"alert\": {\"key\": \"payment-overdue/c-1/obligation:down-payment#0/1-30\","
                    + " \"ruleId\": \"payment-overdue\", \"severity\": \"LOW\", \"score\": 10, \"subject\": \"obligation:down-payment#0\","
                    + " \"relevantFrom\": \"2026-04-11\", \"messageEn\": \"Payment overdue\", \"messageZh\": \"付款逾期\"" + extra + "}";
            case RISK_ALERT_RESOLVED -> body = "\"alert\": {\"key\": \"payment-overdue/c-1/obligation:down-payment#0/1-30\""
                    + extra + "}, \"resolvedOn\": \"2026-04-12\"";
            case CONTRACT_AMENDED, CONTRACT_RENEWED -> body = "\"version\": 2, \"effectiveFrom\": \"2026-07-01\","
                    + " \"amendment\": {\"id\": \"a-1\", \"type\": \"PRICE_CHANGE\", \"reason\": \"more licences\","
                    + " \"effectiveDate\": \"2026-07-01\"" + extra + "},"
                    + " \"previousValue\": {\"amount\": \"100000.00\", \"currency\": \"CNY\"}, \"previousEndDate\": \"2027-03-31\"";
            default -> {
                return "";
            }
        }
        return ", \"data\": {" + body + extra + "}";
    }

    private static String added(Map<String, String> added) {
        StringJoiner members = new StringJoiner(", ", ", ", "").setEmptyValue("");
        added.forEach((name, json) -> members.add(quote(name) + ": " + json));
        return members.toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
