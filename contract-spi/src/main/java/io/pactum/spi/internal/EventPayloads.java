package io.pactum.spi.internal;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.Party;
import io.pactum.core.json.JsonObjectWriter;
import io.pactum.core.json.JsonOutput;
import io.pactum.spi.CallContext;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Builds integration events in schema {@code pactum.event/v1} (documented in docs/spi.md): an
 * envelope, a {@code contract} summary, and for obligation, payment and risk events a
 * {@code data} object.
 */
public final class EventPayloads {

    /** The schema name written in every payload. */
    public static final String SCHEMA = "pactum.event/v1";

    private EventPayloads() {
    }

    /** An event about a contract's lifecycle. */
    public static IntegrationEvent contractEvent(String eventId, EventType type, CallContext ctx, Contract contract,
            Instant at) {
        return event(eventId, type, ctx, contract, at, null);
    }

    /**
     * An event with a {@code data} object, for obligation, payment, invoice and risk events.
     *
     * @param data writes the data object's properties, or {@code null} for none
     */
    public static IntegrationEvent event(String eventId, EventType type, CallContext ctx, Contract contract, Instant at,
            @org.jspecify.annotations.Nullable Consumer<JsonObjectWriter> data) {
        String json = JsonOutput.compact().write(w -> {
            w.string("schema", SCHEMA)
                    .string("eventId", eventId)
                    .string("type", type.wireName())
                    .instant("occurredAt", at)
                    .string("tenant", ctx.tenant().value())
                    .string("actor", ctx.actor().value())
                    .string("correlationId", ctx.correlationId())
                    .object("contract", c -> contractSummary(c, contract));
            if (data != null) {
                w.object("data", data);
            }
        });
        return new IntegrationEvent(eventId, type, 1, contract.id(), at, json);
    }

    private static void contractSummary(JsonObjectWriter w, Contract c) {
        w.string("id", c.id().value())
                .string("number", c.number())
                .string("title", c.title())
                .string("type", c.type().value())
                .enumValue("direction", c.direction())
                .enumValue("status", c.status())
                .integer("revision", c.revision())
                .string("owner", c.owner().value())
                .string("department", c.department().value())
                .money("value", c.value())
                .date("effectiveDate", c.term().effectiveDate())
                .optDate("endDate", c.term().endDate())
                .objects("counterparties", c.counterparties(), EventPayloads::party);
    }

    private static void party(JsonObjectWriter w, Party p) {
        w.string("id", p.id().value()).string("name", p.name()).enumValue("role", p.role());
    }
}
