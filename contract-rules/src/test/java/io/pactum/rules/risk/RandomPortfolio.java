package io.pactum.rules.risk;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.core.contract.Direction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random but reproducible portfolios around 2026-01-01 for property tests: every field, every status. */
final class RandomPortfolio {

    static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    private static final String[] CATEGORIES = {"liability", "payment", "ip", "confidentiality"};
    private static final ContractStatus[] STATUSES = ContractStatus.values();

    private RandomPortfolio() {
    }

    static List<RiskSnapshot> portfolio(long seed, int size, String ccy) {
        Random r = new Random(seed);
        List<RiskSnapshot> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(contract(r, "C-" + i, ccy));
        }
        return out;
    }

    /** {@link #portfolio} by contract id, in portfolio order: the state the monitor tests change. */
    static Map<ContractId, RiskSnapshot> byId(long seed, int size, String ccy) {
        Map<ContractId, RiskSnapshot> out = new LinkedHashMap<>();
        for (RiskSnapshot s : portfolio(seed, size, ccy)) {
            out.put(s.contractId(), s);
        }
        return out;
    }

    /** An evaluation date from 250 to 51 days before {@link #BASE}, so that the portfolio's dates fall around it. */
    static LocalDate asOf(Random r) {
        return BASE.plusDays(r.nextInt(200) - 250);
    }

    static LocalDate date(Random r) {
        return BASE.plusDays(r.nextInt(500) - 200);
    }

    static RiskSnapshot contract(Random r, String id, String ccy) {
        String party = "P-" + r.nextInt(4);
        Money value = Money.ofMinor(r.nextInt(1_000_000), java.util.Currency.getInstance(ccy));
        RiskSnapshot.Builder b = RiskSnapshot.builder(ContractId.of(id), "HT-" + id,
                ContractTypeId.of(r.nextInt(4) == 0 ? "nda" : "purchase"), DepartmentId.of("D-" + r.nextInt(3)),
                PartyId.of(party), "Party " + party, value, date(r));
        b.status(STATUSES[r.nextInt(STATUSES.length)]);
        if (r.nextBoolean()) {
            b.expiryDate(date(r));
        }
        if (r.nextInt(3) == 0) {
            LocalDate cancelBy = date(r);
            b.autoRenewal(cancelBy, cancelBy.plusDays(r.nextInt(90)));
        }
        if (r.nextInt(3) == 0) {
            Instant submitted = date(r).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    .plusSeconds(r.nextInt(86_400));
            b.approval(submitted, submitted.plusSeconds(r.nextInt(10 * 86_400)));
        }
        if (r.nextInt(3) == 0) {
            b.signatureSentOn(date(r));
        }
        if (r.nextInt(3) == 0) {
            long ceiling = 1 + r.nextInt(100_000);
            long spent = r.nextInt(3) == 0 ? ceiling * 8 / 10 + r.nextInt(3) - 1 : r.nextInt(120_000);
            java.util.Currency c = java.util.Currency.getInstance(ccy);
            b.budget(Money.ofMinor(ceiling, c), Money.ofMinor(Math.max(0, spent), c));
        }
        List<LocalDate> amendments = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            amendments.add(date(r));
        }
        b.amendmentDates(amendments);
        b.deviations(new DeviationFacts(subset(r), subset(r), subset(r), r.nextBoolean()));
        if (r.nextBoolean()) {
            b.facts(ContractFacts.builder(ContractId.of(id), ContractTypeId.of("purchase"),
                    Money.of(r.nextBoolean() ? 2_000_000 : 10, ccy), DepartmentId.of("D-0"), PartyId.of(party),
                    UserId.of("u1"), UserId.of("u2")).direction(r.nextBoolean() ? Direction.SELL_SIDE
                            : Direction.BUY_SIDE).build());
        }
        b.obligations(obligations(r, ccy));
        return b.build();
    }

    static List<ObligationSnapshot> obligations(Random r, String ccy) {
        List<ObligationSnapshot> out = new ArrayList<>();
        ObligationKind[] kinds = ObligationKind.values();
        for (int i = r.nextInt(6); i > 0; i--) {
            ObligationKind k = kinds[r.nextInt(kinds.length)];
            LocalDate due = date(r);
            LocalDate fulfilled = r.nextInt(3) == 0 ? due.plusDays(r.nextInt(200) - 20) : null;
            Money outstanding = k.isPayment() && r.nextInt(4) != 0
                    ? Money.ofMinor(r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(100_000), java.util.Currency.getInstance(ccy))
                    : null;
            out.add(new ObligationSnapshot("O-" + i, k, due, fulfilled, outstanding));
        }
        return out;
    }

    private static Set<String> subset(Random r) {
        Set<String> s = new HashSet<>();
        for (String c : CATEGORIES) {
            if (r.nextInt(5) == 0) {
                s.add(c);
            }
        }
        return s;
    }
}
