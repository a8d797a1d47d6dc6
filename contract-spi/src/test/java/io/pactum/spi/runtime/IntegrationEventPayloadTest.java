package io.pactum.spi.runtime;

import static io.pactum.spi.SpiMother.as;
import static io.pactum.spi.SpiMother.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.contract.ContractId;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.money.Money;
import io.pactum.spi.SpiMother;
import io.pactum.spi.SpiMother.Rig;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The payload of {@code contract.approved} in schema {@code pactum.event/v1}, read back strictly. */
class IntegrationEventPayloadTest {

    @Test
    void approve_eventPayload_followsSchemaV1() {
        Rig rig = SpiMother.rig();
        rig.manager().createDraft(as("u-zhang"), draft("c-1"), "");
        rig.manager().submit(as("u-zhang"), ContractId.of("c-1"), 1, "");
        IntegrationEvent event = (IntegrationEvent) rig.manager().approve(as("u-wang"), ContractId.of("c-1"), 2, "ok")
                .messages().get(0);
        assertEquals(EventType.CONTRACT_APPROVED, event.type());
        assertEquals(1, event.schemaVersion());
        // the strict reader fails on any property the schema does not list
        Map<String, Object> read = JsonInput.standard().read("event", event.payloadJson(), o -> {
            JsonObjectReader c = o.object("contract");
            List<JsonObjectReader> counterparties = c.objects("counterparties");
            return Map.of(
                    "schema", o.string("schema"), "eventId", o.string("eventId"), "type", o.string("type"),
                    "occurredAt", o.instant("occurredAt"), "tenant", o.string("tenant"), "actor", o.string("actor"),
                    "correlationId", o.string("correlationId"),
                    "contract", List.of(c.string("id"), c.string("number"), c.string("title"), c.string("type"),
                            c.string("direction"), c.string("status"), c.integer("revision", 1, Long.MAX_VALUE),
                            c.string("owner"), c.string("department"), c.money("value"), c.date("effectiveDate"),
                            c.date("endDate"), counterparties.get(0).string("id"), counterparties.get(0).string("name"),
                            counterparties.get(0).string("role")));
        });
        assertEquals("pactum.event/v1", read.get("schema"));
        assertEquals(event.eventId(), read.get("eventId"));
        assertEquals("contract.approved", read.get("type"));
        assertEquals(SpiMother.START, read.get("occurredAt"));
        assertEquals("acme-group", read.get("tenant"));
        assertEquals("u-wang", read.get("actor"));
        assertEquals("corr-u-wang", read.get("correlationId"));
        assertEquals(List.of("c-1", "SC-2026-c-1", "IT service c-1", "service", "SELL_SIDE", "APPROVED", 3L, "u-zhang",
                "sales-east", Money.of("120000.00", "CNY"), java.time.LocalDate.of(2026, 4, 1),
                java.time.LocalDate.of(2027, 3, 31), "acme", "ACME Trading", "CUSTOMER"), read.get("contract"));
    }
}
