package io.pactum.rules.approval;

import static io.pactum.rules.approval.Fixtures.FIN;
import static io.pactum.rules.approval.Fixtures.ON;
import static io.pactum.rules.approval.Fixtures.RATES;
import static io.pactum.rules.approval.Fixtures.SALES_HEAD;
import static io.pactum.rules.approval.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.ContractFacts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Malformed stored processes are refused with the problem's JSON pointer, never an exception from inside. */
class ApprovalProcessJsonTest {

    private static final ApprovalRouter ROUTER = Fixtures.router();
    private static final ApprovalProcessJson.PolicyLookup LOOKUP = (id, v) -> id.equals("contract-approval")
            && v.equals(ROUTER.policy().effectiveFrom()) ? Optional.of(ROUTER) : Optional.empty();

    private static String stored() {
        ContractFacts facts = Fixtures.sales("3000000.00").build();
        Route route = ROUTER.route(facts, Fixtures.org(), RATES, ON);
        ApprovalProcess p = ApprovalProcess.submit(ROUTER, route, facts, facts.submitter(), T0)
                .approve(SALES_HEAD, T0.plus(Duration.ofHours(1)), "fine");
        return ApprovalProcessJson.write(p);
    }

    private static List<Violation> problems(String json) {
        return assertThrows(ValidationException.class, () -> ApprovalProcessJson.read(json, LOOKUP)).violations();
    }

    @Test
    void read_storedProcess_continuesWhereItStopped() {
        ApprovalProcess back = ApprovalProcessJson.read(stored(), LOOKUP);
        assertEquals("finance-legal", back.currentStage().orElseThrow().name());
        ApprovalProcess next = back.approve(FIN, T0.plus(Duration.ofHours(2)), "ok");
        assertEquals(ProcessStatus.IN_APPROVAL, next.status());
        assertEquals(List.of(Fixtures.LEGAL), List.copyOf(next.pendingApprovers()));
    }

    @Test
    void read_unknownPolicyVersion_isReportedAtPolicy() {
        String json = stored().replace("\"version\":\"2026-01-01\"", "\"version\":\"2025-01-01\"");
        List<Violation> v = problems(json);
        assertEquals("/policy", v.get(0).path());
        assertEquals(RuleError.NO_POLICY_IN_FORCE, v.get(0).code());
    }

    @Test
    void read_seatEntriesNotMatchingTheStage_areReportedAtSeats() {
        String json = stored().replace("\"seats\":[{\"extra\":[]},{\"extra\":[]}]", "\"seats\":[{\"extra\":[]}]");
        List<Violation> v = problems(json);
        assertEquals("/seats", v.get(0).path());
        assertEquals(RuleError.BAD_PROCESS_RECORD, v.get(0).code());
    }

    @Test
    void read_stageIndexOffTheRoute_isReportedAtStageIndex() {
        String json = stored().replace("\"stageIndex\":1", "\"stageIndex\":7");
        List<Violation> v = problems(json);
        assertEquals("/stageIndex", v.get(0).path());
        assertEquals(RuleError.BAD_PROCESS_RECORD, v.get(0).code());
    }

    @Test
    void read_missingAndMistypedValues_areAllReportedWithPointers() {
        String json = stored().replace("\"status\":\"IN_APPROVAL\",", "")
                .replace("\"kind\":\"APPROVE\"", "\"kind\":\"APPROVE_ALL\"")
                .replace("\"timeSpent\":\"PT1H\"", "\"timeSpent\":42")
                .replace("\"owner\":\"u-alice\"", "\"owner\":\"u-alice\",\"boss\":\"x\"");
        List<Violation> v = problems(json);
        List<String> paths = v.stream().map(Violation::path).toList();
        assertTrue(paths.contains("/status"), paths.toString());
        assertTrue(paths.contains("/decisions/1/kind"), paths.toString());
        assertTrue(paths.contains("/decisions/1/timeSpent"), paths.toString());
        assertTrue(v.stream().anyMatch(x -> x.path().equals("/facts/boss") && x.code() == CoreError.JSON_UNKNOWN_PROPERTY),
                v.toString());
    }

    @Test
    void read_notJson_isASyntaxError() {
        assertEquals(CoreError.JSON_SYNTAX, problems("{\"schema\": ").get(0).code());
    }

    @Test
    void read_closedAtOnAnOpenProcess_isInconsistent() {
        String json = stored().replace("\"submittedAt\"", "\"closedAt\":\"2026-11-23T10:00:00Z\",\"submittedAt\"");
        List<Violation> v = problems(json);
        assertEquals("/closedAt", v.get(0).path());
    }
}
