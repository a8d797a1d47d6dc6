package io.pactum.rules.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.rules.RuleError;
import io.pactum.rules.condition.Condition;
import io.pactum.rules.condition.Operator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The band checks agree with brute force: a band group passes exactly when every amount falls in one band. */
class BandCheckProperties {

    /** One band: kind 0 {@code amount < hi}, 1 {@code lo <= amount < hi}, 2 {@code amount >= lo}. */
    record Band(int kind, int lo, int hi) {
        boolean contains(BigDecimal a) {
            boolean aboveLo = kind == 0 || a.compareTo(BigDecimal.valueOf(lo)) >= 0;
            boolean belowHi = kind == 2 || a.compareTo(BigDecimal.valueOf(hi)) < 0;
            return aboveLo && belowHi;
        }

        Condition condition() {
            if (kind == 0) {
                return Condition.compare("amount", Operator.LT, Integer.toString(hi));
            }
            if (kind == 2) {
                return Condition.compare("amount", Operator.GTE, Integer.toString(lo));
            }
            return Condition.between("amount", Integer.toString(lo), Integer.toString(hi));
        }
    }

    @Provide
    Arbitrary<List<Band>> bands() {
        Arbitrary<Band> band = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 10), Arbitraries.integers().between(1, 5))
                .as((kind, lo, width) -> new Band(kind, lo, lo + width));
        return band.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property
    void compile_bandGroup_passesExactlyWhenEveryAmountInOneBand(@ForAll("bands") List<Band> bands) {
        List<ApprovalRule> rules = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            rules.add(new ApprovalRule("b" + i, "", bands.get(i).condition(), "amount",
                    List.of(StageAddition.of("s", ApproverSpec.departmentHead()))));
        }
        rules.add(ApprovalRule.otherwise("otherwise", "", StageAddition.of("s", ApproverSpec.departmentHead())));
        ApprovalPolicy policy = new ApprovalPolicy("bands", LocalDate.of(2026, 1, 1), Currency.getInstance("CNY"),
                Map.of(), List.of(new StageDefinition("s", 1, ApprovalMode.any(), Duration.ofDays(1), null)), rules,
                SeparationOfDuties.standard(), MaterialChangeReset.RESTART_ROUTE);
        // Bounds are whole numbers, so half steps from 0 to 16 and one large amount see every gap and overlap.
        boolean tiles = true;
        for (int k = 0; k <= 32 && tiles; k++) {
            tiles = covering(bands, BigDecimal.valueOf(k).divide(BigDecimal.valueOf(2))) == 1;
        }
        tiles = tiles && covering(bands, new BigDecimal("1000000")) == 1;
        List<Violation> bandProblems = new ArrayList<>();
        try {
            ApprovalRouter.compile(policy);
        } catch (ValidationException e) {
            e.violations().stream().filter(v -> v.code() == RuleError.BAND_GAP || v.code() == RuleError.BAND_OVERLAP)
                    .forEach(bandProblems::add);
        }
        assertEquals(tiles, bandProblems.isEmpty(), bands + " -> " + bandProblems);
    }

    private static int covering(List<Band> bands, BigDecimal amount) {
        int n = 0;
        for (Band b : bands) {
            if (b.contains(amount)) {
                n++;
            }
        }
        return n;
    }
}
