package io.pactum.spi.runtime;

import static io.pactum.spi.runtime.ExecutionRig.C1;
import static io.pactum.spi.runtime.ExecutionRig.QIAN;
import static io.pactum.spi.runtime.ExecutionRig.SHANGHAI;
import static io.pactum.spi.runtime.ExecutionRig.ZHANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.reminder.CatchUp;
import io.pactum.spi.SpiError;
import io.pactum.spi.SpiMother;
import io.pactum.spi.port.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of clock moves, due-work runs, payments (some too large), the design milestone
 * and the acceptance against the service contract of {@link ExecutionRig}, sending every missed
 * reminder ({@link CatchUp#SEND_ALL}). After every step: paid + outstanding = scheduled = the
 * contract value, exactly, and paid is what the accepted payments add up to; no reminder key is
 * delivered twice. After every run: every reminder whose send instant has come, of an obligation
 * still open, was delivered (its key computed here from the policy: 7, 3 and 1 days before at
 * 09:00 in Shanghai, escalations a day and a week after). At the end the audit log verifies.
 */
class ExecutionStatefulProperties {

    private static final Currency CNY = Money.currency("CNY");
    private static final List<String> PAYMENTS = List.of("down-payment#0", "design-payment#0", "acceptance-payment#0",
            "retention#0");

    enum Kind { ADVANCE, RUN, PAY, DESIGN_DELIVERED, ACCEPTED }

    record Step(Kind kind, int hours, int payment, long cents) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(5, Kind.ADVANCE), net.jqwik.api.Tuple.of(5, Kind.RUN),
                net.jqwik.api.Tuple.of(4, Kind.PAY), net.jqwik.api.Tuple.of(1, Kind.DESIGN_DELIVERED),
                net.jqwik.api.Tuple.of(1, Kind.ACCEPTED));
        return Combinators.combine(kinds, Arbitraries.integers().between(1, 24 * 20),
                Arbitraries.integers().between(0, PAYMENTS.size() - 1),
                Arbitraries.longs().between(1, 4_000_000)).as(Step::new).list().ofMaxSize(40);
    }

    @Property(tries = 150)
    void anySequence_keepsTotalsExactAndSendsEachDueReminderOnce(@ForAll("steps") List<Step> steps) {
        ExecutionRig rig = ExecutionRig.create(CatchUp.SEND_ALL, null);
        rig.activate();
        Instant activated = SpiMother.START;
        Money paid = Money.zero(CNY);
        for (Step step : steps) {
            LocalDate today = LocalDate.ofInstant(rig.clock.instant(), SHANGHAI);
            switch (step.kind()) {
                case ADVANCE:
                    rig.clock.advance(Duration.ofHours(step.hours()));
                    break;
                case RUN:
                    rig.manager.runDueWork(rig.clock.instant());
                    checkDueRemindersSent(rig, activated);
                    break;
                case PAY:
                    String key = PAYMENTS.get(step.payment());
                    Money amount = Money.ofMinor(step.cents(), CNY);
                    Money outstanding = rig.ledger().find(key).orElseThrow().outstanding().orElseThrow();
                    try {
                        rig.manager.recordPayment(QIAN, C1, key, amount, today, List.of("slip"), "payment");
                        assertFalse(amount.isGreaterThan(outstanding), "accepted more than outstanding");
                        paid = paid.plus(amount);
                    } catch (PactumException e) {
                        if (amount.isGreaterThan(outstanding)) {
                            assertEquals(SpiError.OVERPAYMENT, e.errorCode());
                        } else {
                            fail("a payment within the outstanding amount was refused: " + e.getMessage());
                        }
                    }
                    break;
                case DESIGN_DELIVERED:
                    fulfilOrFail(() -> rig.manager.recordFulfilment(ZHANG, C1, "design#0", today, List.of(), "done"),
                            rig.ledger().find("design#0").orElseThrow().status().isOpen());
                    break;
                default:
                    fulfilOrFail(() -> rig.manager.recordDeliveryAcceptance(ZHANG, C1, today, List.of(), "ok"),
                            !rig.ledger().eventDates().containsKey(io.pactum.core.obligation.EventType.DELIVERY_ACCEPTED));
                    break;
            }
            ObligationLedger ledger = rig.ledger();
            Money scheduled = ledger.scheduled(ObligationKind.PAYMENT_IN, CNY);
            assertEquals(Money.of("120000.00", "CNY"), scheduled);
            assertEquals(scheduled, ledger.fulfilled(ObligationKind.PAYMENT_IN, CNY)
                    .plus(ledger.outstanding(ObligationKind.PAYMENT_IN, CNY)));
            assertEquals(paid, ledger.fulfilled(ObligationKind.PAYMENT_IN, CNY));
            Map<String, Long> deliveries = rig.outbound.deliveries().stream().map(OutboxMessage::idempotencyKey)
                    .filter(k -> k.startsWith("standard|"))
                    .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
            deliveries.forEach((k, n) -> assertEquals(1L, n, "reminder " + k + " delivered " + n + " times"));
        }
        assertTrue(rig.manager.verifyAuditLog(ZHANG, null).intact());
    }

    private static void fulfilOrFail(Runnable command, boolean allowed) {
        try {
            command.run();
            assertTrue(allowed, "an illegal fulfilment was accepted");
        } catch (PactumException e) {
            assertFalse(allowed, "a legal fulfilment was refused: " + e.getMessage());
        }
    }

    private static void checkDueRemindersSent(ExecutionRig rig, Instant activated) {
        Instant now = rig.clock.instant();
        Set<String> delivered = rig.outbound.effects().stream().map(OutboxMessage::idempotencyKey)
                .collect(Collectors.toSet());
        Map<String, Integer> leads = new HashMap<>(Map.of("P7D", -7, "P3D", -3, "P1D", -1));
        for (Obligation o : rig.ledger().obligations()) {
            LocalDate due = o.scheduled().dueDate();
            if (due == null || !o.status().isOpen()) {
                continue;
            }
            String prefix = "standard|c-1/" + o.scheduled().key() + "|";
            leads.forEach((step, days) -> expect(delivered, prefix + "LEAD|" + step + "|" + due
                    + "|OWNER|u-zhang|email", due.plusDays(days), activated, now));
            expect(delivered, prefix + "ESCALATION|P1D|" + due + "|OWNER_MANAGER|u-boss|email", due.plusDays(1),
                    activated, now);
            expect(delivered, prefix + "ESCALATION|P7D|" + due + "|DEPARTMENT_HEAD|u-head|email", due.plusDays(7),
                    activated, now);
        }
    }

    private static void expect(Set<String> delivered, String key, LocalDate day, Instant from, Instant now) {
        Instant sendAt = ZonedDateTime.of(day, LocalTime.of(9, 0), SHANGHAI).toInstant();
        if (!sendAt.isBefore(from) && !sendAt.isAfter(now)) {
            assertTrue(delivered.contains(key), "due at " + sendAt + ", run at " + now + ", not sent: " + key);
        }
    }
}
