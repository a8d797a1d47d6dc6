package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.calendar.BusinessDayConvention;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reading obligation plans from JSON, good and malformed. */
class ObligationPlanJsonTest {

    /** Every due-rule kind in one plan; the mutation fuzz test reads the same file. */
    static final String FULL_PLAN = resource("full-plan.json");

    static String resource(String name) {
        try (java.io.InputStream in = ObligationPlanJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void fromJson_fullPlan_readsEveryRuleKind() {
        ObligationPlan plan = ObligationPlans.fromJson(FULL_PLAN);
        assertEquals(3, plan.obligations().size());
        ObligationDefinition down = plan.find("down-payment").orElseThrow();
        assertEquals(new AmountRule.PercentOfContract(new BigDecimal("30")), down.amount());
        assertEquals(BusinessDayConvention.FOLLOWING, down.convention());
        assertEquals(DueRule.after(EventRef.of(EventType.SIGNATURE), Offset.of(10, Offset.Unit.BUSINESS_DAYS)),
                down.due());
        ObligationDefinition fee = plan.find("fee").orElseThrow();
        assertEquals(AmountRule.fixed(Money.of("1000.00", "CNY")), fee.amount());
        assertEquals(DueRule.recurring(DueRule.onDate(LocalDate.of(2026, 1, 31)),
                Recurrence.times(Frequency.MONTHLY, 1, 12).onLastDayOfMonth()), fee.due());
        assertEquals(Owner.person(io.pactum.core.contract.UserId.of("u-li")), fee.owner());
        assertEquals(DueRule.after(EventRef.fulfilmentOf("fee"), Offset.of(30, Offset.Unit.CALENDAR_DAYS)
                .fromEndOfMonth()), plan.find("acceptance").orElseThrow().due());
    }

    @Test
    @Timeout(60) // a safety net: before the fix scheduling this plan ended in an ArithmeticException
    void fromJson_percentWithHugeNegativeExponent_isJsonLimitAtThePercent() {
        ValidationException e = assertThrows(ValidationException.class, () -> ObligationPlans.fromJson("""
                {"obligations": [{"id": "fee", "kind": "PAYMENT_IN", "stage": "FINAL", "title": "fee",
                   "side": "COUNTERPARTY", "owner": {"role": "finance"}, "amount": {"percent": 1e-999999999},
                   "due": {"kind": "onDate", "date": "2026-01-31"}}]}
                """));
        assertEquals(List.of("/obligations/0/amount/percent " + CoreError.JSON_LIMIT.code()),
                e.violations().stream().map(v -> v.path() + " " + v.code().code()).toList());
    }

    @Test
    void fromJson_malformedLines_reportEveryProblemWithItsPointer() {
        ValidationException e = assertThrows(ValidationException.class, () -> ObligationPlans.fromJson("""
                {"obligations": [
                  {"id": "a", "kind": "PAYMENT_IN", "stage": "DOWN_PAYMENT", "title": "t", "side": "US",
                   "owner": {"role": "finance", "person": "u-1"}, "amount": {"percent": 130},
                   "due": {"kind": "sometime"}},
                  {"id": "b", "kind": "REPORT", "title": "t", "side": "THEM", "owner": {"role": "pm"},
                   "due": {"kind": "recurring", "start": {"kind": "onDate", "date": "2026-01-31"},
                           "frequency": "MONTHLY", "count": 3, "until": "2026-12-31"},
                   "convention": "NEAREST", "colour": "red"},
                  {"id": "c", "kind": "DELIVERY", "title": "t", "side": "US", "owner": {"role": "pm"},
                   "due": {"kind": "afterEvent", "event": "SIGNATURE", "offset": {"amount": "ten", "unit": "DAYS"}}}]}
                """));
        Set<String> got = e.violations().stream().map(v -> v.path() + " " + v.code().code())
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                "/obligations/0/owner " + CoreError.REQUIRED.code(),
                "/obligations/0/amount/percent " + ScheduleError.PLAN_INVALID.code(),
                "/obligations/0/due/kind " + CoreError.JSON_UNKNOWN_KIND.code(),
                "/obligations/1/side " + CoreError.NOT_ALLOWED.code(),
                "/obligations/1/due/count " + ScheduleError.RECURRENCE_INVALID.code(),
                "/obligations/1/convention " + CoreError.NOT_ALLOWED.code(),
                "/obligations/1/colour " + CoreError.JSON_UNKNOWN_PROPERTY.code(),
                "/obligations/2/due/offset/amount " + CoreError.JSON_WRONG_TYPE.code(),
                "/obligations/2/due/offset/unit " + CoreError.NOT_ALLOWED.code()), got);
    }

    @Test
    void fromJson_planInvariantBroken_reportsThePlanPointer() {
        ValidationException e = assertThrows(ValidationException.class, () -> ObligationPlans.fromJson("""
                {"obligations": [
                  {"id": "a", "kind": "PAYMENT_IN", "stage": "PROGRESS", "title": "t", "side": "COUNTERPARTY",
                   "owner": {"role": "finance"}, "amount": {"percent": 70}, "due": {"kind": "onDate", "date": "2026-01-01"}},
                  {"id": "b", "kind": "PAYMENT_IN", "stage": "FINAL", "title": "t", "side": "COUNTERPARTY",
                   "owner": {"role": "finance"}, "amount": {"percent": 40}, "due": {"kind": "onDate", "date": "2026-02-01"}}]}
                """));
        assertEquals(1, e.violations().size());
        assertEquals("/obligations/1/amount", e.violations().get(0).path());
        assertEquals(ScheduleError.PERCENTAGES_OVER_100, e.violations().get(0).code());
    }

    @Test
    void fromJson_notJson_isSyntaxError() {
        ValidationException e = assertThrows(ValidationException.class, () -> ObligationPlans.fromJson("{\"obligations\": ["));
        assertEquals(CoreError.JSON_SYNTAX, e.violations().get(0).code());
    }
}
