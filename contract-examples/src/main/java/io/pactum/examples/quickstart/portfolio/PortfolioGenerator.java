package io.pactum.examples.quickstart.portfolio;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.type.ContractType;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.EventType;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationScheduler;
import io.pactum.core.obligation.Schedule;
import io.pactum.core.obligation.ScheduleInput;
import io.pactum.core.obligation.ScheduledObligation;
import io.pactum.examples.quickstart.QuickstartData;
import io.pactum.examples.quickstart.Sample;
import io.pactum.examples.quickstart.ledger.Ledger;
import io.pactum.examples.quickstart.ledger.LedgerContract;
import io.pactum.examples.quickstart.ledger.LedgerObligation;
import io.pactum.examples.quickstart.ledger.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

/**
 * Generates a deterministic portfolio from the shipped samples, with core types only: contract
 * {@code n} of seed {@code s} is always the same contract (its own random stream is derived from
 * both), so portfolios of any size share their first contracts and can be generated in any order.
 *
 * <p>Each contract copies a sample of its type (service 50%, sales 30%, NDA 20%) with its own
 * number, counterparty, value and a signature date in the first five months of 2026, and is
 * scheduled with the sample's obligation plan on the China calendar. Up to the as-of date, most
 * deliveries and reports are done on time, most payments arrive by their due date, some arrive
 * late or in part, and some not at all, so the ledger shows every status. Thread-safe.
 */
public final class PortfolioGenerator {

    private static final int CHUNK = 1_000;
    private static final LocalDate FIRST_SIGNATURE = LocalDate.of(2026, 1, 5);
    private static final int SIGNATURE_DAYS = 146; // to 2026-05-31, before the plans' fixed dates
    private static final List<String> COUNTERPARTIES = List.of("上海明达科技有限公司", "深圳华信电子有限公司",
            "杭州云启网络科技有限公司", "成都蜀光软件有限公司", "武汉长江物流有限公司", "Contoso Logistics GmbH",
            "Fabrikam Industries Ltd", "Acme Robotics, Inc.", "Northwind Traders Pte Ltd", "Tailspin Toys S.A.");

    private final QuickstartData data;
    private final long seed;
    private final LocalDate asOf;
    private final ObligationScheduler scheduler;

    /**
     * A generator.
     *
     * @param data the shipped samples, plans and calendar
     * @param seed the portfolio's seed
     * @param asOf the date up to which deliveries and payments have happened
     */
    public PortfolioGenerator(QuickstartData data, long seed, LocalDate asOf) {
        this.data = Objects.requireNonNull(data, "data");
        this.seed = seed;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.scheduler = ObligationScheduler.using(data.calendar());
    }

    /** One generated contract with its obligations as the ledger shows them. */
    public record Generated(Contract contract, LedgerContract row, List<LedgerObligation> obligations) {
    }

    /**
     * Generates the ledger of a portfolio.
     *
     * @param count how many contracts, at least 1
     * @param progress told the number of contracts generated so far, after each chunk of 1,000 and at the end
     */
    public Ledger ledger(int count, LongConsumer progress) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        List<LedgerContract> rows = new ArrayList<>(count);
        List<LedgerObligation> obligations = new ArrayList<>(count * 8);
        // Contracts are independent, so each chunk is generated in parallel; the order stays by index.
        for (int start = 0; start < count; start += CHUNK) {
            int end = Math.min(count, start + CHUNK);
            for (Generated g : IntStream.range(start, end).parallel().mapToObj(this::contract).toList()) {
                rows.add(g.row());
                obligations.addAll(g.obligations());
            }
            progress.accept(end);
        }
        return new Ledger(String.format(java.util.Locale.ROOT, "合同台账 — generated portfolio of %,d contracts (seed %d)",
                count, seed), asOf, rows, obligations, List.of(), List.of());
    }

    /** Contract number {@code index} (from 0) of this seed. */
    public Generated contract(int index) {
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        double pick = random.nextDouble();
        Sample sample = data.sample(pick < 0.5 ? "service-zh" : pick < 0.8 ? "sales-en" : "nda-en");
        Contract base = sample.contract();
        ContractType type = data.contractTypes().get(base.type());
        LocalDate signed = FIRST_SIGNATURE.plusDays(random.nextInt(SIGNATURE_DAYS));
        LocalDate effective = signed.plusDays(3);
        String counterparty = COUNTERPARTIES.get(random.nextInt(COUNTERPARTIES.size()));
        Money value = value(base.value(), random);
        Contract contract = base.toBuilder()
                .id(ContractId.of("g-" + index))
                .number(type.numbering().format(signed, index + 1L))
                // The counterparty keeps the sample's party id, which custom fields such as billingParty refer to.
                .parties(List.of(base.parties().get(0), Party.of(base.parties().get(1).id().value(), counterparty,
                        base.parties().get(1).role())))
                .value(value)
                .term(Term.fixed(effective, effective.plusYears(1).minusDays(1)))
                .status(ContractStatus.ACTIVE)
                .build();

        // First pass: the dates known from the signature; then the deliveries that happened and their acceptance.
        ScheduleInput input = ScheduleInput.of(contract).withEvent(EventType.SIGNATURE, signed);
        for (ScheduledObligation o : scheduler.schedule(sample.plan(), input).dated()) {
            if (o.definition().kind() == ObligationKind.DELIVERY && happens(o.dueDate(), random, 0.9)) {
                LocalDate delivered = o.dueDate().minusDays(random.nextInt(4));
                input = input.withFulfilment(o.definition().id(), delivered)
                        .withEvent(EventType.DELIVERY_ACCEPTED, delivered.plusDays(5 + random.nextInt(10)));
            }
        }
        Schedule schedule = scheduler.schedule(sample.plan(), input);
        List<LedgerObligation> obligations = new ArrayList<>(schedule.obligations().size());
        for (ScheduledObligation o : schedule.obligations()) {
            obligations.add(obligation(contract, o, random));
        }
        LedgerContract row = new LedgerContract(contract.id().value(), contract.number(), contract.title(),
                contract.type().value(), counterparty, value, contract.status());
        return new Generated(contract, row, obligations);
    }

    private LedgerObligation obligation(Contract contract, ScheduledObligation o, SplittableRandom random) {
        LocalDate due = o.dueDate();
        Money amount = o.amount();
        String id = contract.id().value();
        String title = o.definition().title();
        ObligationKind kind = o.definition().kind();
        if (amount == null) {
            LocalDate done = due != null && happens(due, random, 0.92) ? due.minusDays(random.nextInt(3)) : null;
            return new LedgerObligation(id, o.key(), title, kind, null, due, List.of(), done);
        }
        List<Receipt> receipts = new ArrayList<>(2);
        LocalDate settled = null;
        double fate = random.nextDouble();
        if (due != null && !due.isAfter(asOf) && amount.amount().signum() > 0) {
            if (fate < 0.75) {
                settled = due.minusDays(random.nextInt(6));
                receipts.add(new Receipt(settled, amount));
            } else if (fate < 0.87) {
                // Half now, late; the rest later still, if the year is long enough.
                Money half = Money.of(amount.amount().divide(BigDecimal.valueOf(2), amount.amount().scale(),
                        RoundingMode.DOWN), amount.currency());
                LocalDate first = min(due.plusDays(1 + random.nextInt(20)), asOf);
                receipts.add(new Receipt(first, half));
                LocalDate second = due.plusDays(30 + random.nextInt(60));
                if (!second.isAfter(asOf)) {
                    receipts.add(new Receipt(second, amount.minus(half)));
                    settled = second;
                }
            }
        }
        return new LedgerObligation(id, o.key(), title, kind, amount, due, receipts, settled);
    }

    private boolean happens(LocalDate due, SplittableRandom random, double probability) {
        return !due.isAfter(asOf) && random.nextDouble() < probability;
    }

    private static Money value(Money base, SplittableRandom random) {
        if (base.isZero()) {
            return base;
        }
        // Between a tenth and four times the sample's value, in whole thousands.
        long thousands = Math.max(1, base.amount().longValue() / 1000);
        long v = thousands / 10 + random.nextLong(thousands * 4);
        return Money.of(BigDecimal.valueOf(Math.max(1, v) * 1000L).setScale(base.amount().scale()), base.currency());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    // SplitMix64's finaliser: neighbouring indexes get unrelated streams.
    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
