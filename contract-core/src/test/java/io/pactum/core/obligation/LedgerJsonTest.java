package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.ValidationException;
import io.pactum.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Malformed or inconsistent ledger documents fail with typed errors at their JSON pointers. */
class LedgerJsonTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private static String validJson() {
        List<Obligation> obligations = new ArrayList<>();
        for (ScheduledObligation s : ObligationScheduler.using(BusinessCalendar.weekendsOnly())
                .schedule(Plans.supplyPlan(), Plans.input("1000.00")).obligations()) {
            obligations.add(Obligation.open(s, UserId.of("u-wang"), AT));
        }
        // progress#0 is the second obligation: 400.00, partly paid
        obligations.set(1, obligations.get(1).fulfil(UserId.of("u-wang"), AT, LocalDate.of(2026, 5, 6),
                Money.of("150.00", "CNY"), List.of(), "part"));
        return ObligationLedgers.toJson(new ObligationLedger(Plans.CONTRACT, Plans.supplyPlan(),
                Map.of(EventType.SIGNATURE, LocalDate.of(2026, 2, 6)), obligations, AT, new TreeSet<>(Set.of("a/b"))));
    }

    private static Set<String> problems(String json) {
        ValidationException e = assertThrows(ValidationException.class, () -> ObligationLedgers.fromJson(json));
        return e.violations().stream().map(v -> v.path() + " " + v.code().code()).collect(Collectors.toSet());
    }

    @Test
    void fromJson_validDocument_readsTheWrittenFields() {
        ObligationLedger ledger = ObligationLedgers.fromJson(validJson());
        assertEquals(Money.of("150.00", "CNY"), ledger.find("progress#0").orElseThrow().fulfilledAmount());
        assertEquals(LocalDate.of(2026, 2, 6), ledger.eventDates().get(EventType.SIGNATURE));
        assertEquals(AT, ledger.remindedUntil());
    }

    @Test
    void fromJson_unknownPropertyBadStatusAndUnknownDefinition_reportEachAtItsPointer() {
        String json = validJson()
                .replaceFirst("\"key\":\"down-payment#0\"", "\"key\":\"down-payment#0\",\"colour\":\"red\"")
                .replaceFirst("\"definition\":\"progress\"", "\"definition\":\"progres\"")
                .replaceFirst("\"status\":\"PENDING\"", "\"status\":\"LATE\"");
        Set<String> got = problems(json);
        assertEquals(Set.of("/obligations/0/colour PCT-1403", "/obligations/0/status PCT-1103",
                "/obligations/1/definition PCT-1106"), got);
    }

    @Test
    void fromJson_sameKeyTwice_isLedgerInvalidAtTheSecond() {
        String json = validJson().replaceFirst("\"key\":\"progress#0\"", "\"key\":\"down-payment#0\"");
        assertEquals(Set.of("/obligations/1/key PCT-3023"), problems(json));
    }

    @Test
    void fromJson_fulfilledMoreThanTheAmount_isLedgerInvalid() {
        String json = validJson().replace("\"fulfilledAmount\":{\"amount\":\"150.00\"",
                "\"fulfilledAmount\":{\"amount\":\"400.01\"");
        assertEquals(Set.of("/obligations/1/fulfilledAmount PCT-3023"), problems(json));
    }

    @Test
    void fromJson_datedObligationAlsoWaiting_isLedgerInvalidAtTheObligation() {
        String json = validJson().replaceFirst("\"dueDate\":\"2026-05-01\"",
                "\"dueDate\":\"2026-05-01\",\"waitingFor\":{\"event\":\"SIGNATURE\"}");
        Set<String> got = problems(json);
        assertTrue(got.contains("/obligations/1 PCT-3023"), got.toString());
    }

    @Test
    void fromJson_wrongVersionAndMissingPlan_reportBoth() {
        String json = "{\"version\":2,\"contractId\":\"c\",\"events\":[],\"obligations\":[],\"openAlerts\":[]}";
        assertEquals(Set.of("/version PCT-1102", "/plan PCT-1101"), problems(json));
    }
    @Test
    void fromJson_fulfilmentStoredAsContractEvent_isReportedAtTheEventInTheDocument() {
        String json = validJson().replace("\"events\":[{\"event\":\"SIGNATURE\"",
                "\"events\":[{\"event\":\"OBLIGATION_FULFILLED\"");
        assertEquals(Set.of("/events/0/event PCT-3023"), problems(json));
    }

    @Test
    void fromJson_keyNotOfItsDefinitionAndOccurrence_isLedgerInvalidAtTheKey() {
        // Rescheduling matches obligations by key: a stray key would be superseded and its payments lost.
        String json = validJson().replaceFirst("\"key\":\"progress#0\"", "\"key\":\"progress#7\"");
        assertEquals(Set.of("/obligations/1/key PCT-3023"), problems(json));
    }

    @Test
    void fromJson_paymentFulfilledWithoutBeingPaidInFull_isLedgerInvalid() {
        // down-payment#0 is the first obligation: 300.00, nothing paid
        String json = validJson().replaceFirst("\"status\":\"PENDING\"", "\"status\":\"FULFILLED\"");
        assertEquals(Set.of("/obligations/0/fulfilledAmount PCT-3023"), problems(json));
    }
}
