package io.pactum.benchmarks.approval;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.core.contract.Direction;
import io.pactum.rules.facts.RiskLevel;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Random;
import java.util.Set;

/** Generated contracts, the same ones for every engine: Pactum facts and beans side by side. */
final class Contracts {

    static final Currency CNY = Currency.getInstance("CNY");
    private static final String[] DEPARTMENTS = {"sales", "procurement", "it", "hr"};
    private static final String[] REGIONS = {"east", "west", "north", "south"};
    private static final String[] CATEGORIES = {"liability", "payment", "ip"};

    final ContractFacts[] facts;
    final BenchFact[] beans;

    Contracts(int n, long seed) {
        facts = new ContractFacts[n];
        beans = new BenchFact[n];
        Random rnd = new Random(seed);
        UserId owner = UserId.of("u-owner");
        UserId submitter = UserId.of("u-submitter");
        for (int i = 0; i < n; i++) {
            String type = rnd.nextInt(20) == 0 ? "other" : "t" + rnd.nextInt(BenchPolicy.TYPES);
            // Log-uniform from 1,000 to 100,000,000 CNY, in fen.
            long fen = (long) Math.pow(10, 5 + rnd.nextDouble() * 5) + rnd.nextInt(100);
            Money amount = Money.ofMinor(fen, CNY);
            Direction direction = Direction.values()[rnd.nextInt(3)];
            RiskLevel risk = RiskLevel.values()[rnd.nextInt(10) < 6 ? 0 : rnd.nextInt(4)];
            String dept = DEPARTMENTS[rnd.nextInt(DEPARTMENTS.length)];
            String region = REGIONS[rnd.nextInt(REGIONS.length)];
            String party = "p-" + rnd.nextInt(100);
            Money budget = direction == Direction.BUY_SIDE && rnd.nextInt(10) < 7
                    ? Money.ofMinor(fen / 2 + (long) (rnd.nextDouble() * fen), CNY) : null;
            Set<String> edited = rnd.nextInt(10) == 0 ? Set.of(CATEGORIES[rnd.nextInt(3)]) : Set.of();
            Set<String> fallback = rnd.nextInt(10) == 0 ? Set.of(CATEGORIES[rnd.nextInt(3)]) : Set.of();
            Set<String> missing = rnd.nextInt(20) == 0 ? Set.of(CATEGORIES[rnd.nextInt(3)]) : Set.of();
            boolean extra = rnd.nextInt(33) == 0;
            ContractFacts.Builder b = ContractFacts.builder(ContractId.of("c-" + i), ContractTypeId.of(type), amount,
                    DepartmentId.of(dept), PartyId.of(party), owner, submitter).direction(direction).riskLevel(risk)
                    .region(region).deviations(new DeviationFacts(fallback, edited, missing, extra));
            if (budget != null) {
                b.budgetCeiling(budget);
            }
            facts[i] = b.build();
            BigDecimal a = amount.amount();
            boolean over = budget != null && a.compareTo(budget.amount()) > 0;
            beans[i] = new BenchFact(type, direction.name(), a, risk.ordinal(), dept, region, party, over,
                    facts[i].deviations().editedCategories(), facts[i].deviations().fallbackCategories(),
                    facts[i].deviations().missingMandatoryCategories(), extra);
        }
    }
}
