package io.pactum.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.codec.ContractJson;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.IllegalTransitionException;
import io.pactum.core.contract.Transition;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code shown in docs/model.md, compiled and run. Each region between {@code // doc:NAME} and
 * {@code // end} appears in the page; {@code DocSnippetsTest} checks that the page still matches.
 */
class ModelDocExamplesTest {

    @Test
    void money() {
        // doc:money
        Money total = Money.of("1234567.89", "CNY");
        List<Money> milestones = total.allocateByPercent(List.of(
                new BigDecimal("30"), new BigDecimal("60"), new BigDecimal("10")));
        // 370370.37 + 740740.73 + 123456.79 = 1234567.89: the parts always sum to the total.
        Money tax = Money.of("10.05", "CNY").times(new BigDecimal("0.05"), RoundingMode.HALF_EVEN); // CNY 0.50
        // end
        assertEquals(List.of(Money.of("370370.37", "CNY"), Money.of("740740.73", "CNY"), Money.of("123456.79", "CNY")),
                milestones);
        assertEquals(Money.of("0.50", "CNY"), tax);
    }

    @Test
    void lifecycle() {
        Contract draft = io.pactum.core.contract.ContractMother.serviceContract();
        // doc:lifecycle
        Contract submitted = draft.transition(Transition.SUBMIT);        // DRAFT → IN_APPROVAL
        submitted.status().allowedTransitions();                          // [WITHDRAW, APPROVE, REJECT]
        // draft.transition(Transition.ACTIVATE) throws IllegalTransitionException:
        //   "PCT-1201 at status: cannot ACTIVATE a contract in status DRAFT; allowed from DRAFT: [SUBMIT]"
        // end
        assertEquals(ContractStatus.IN_APPROVAL, submitted.status());
        assertEquals("PCT-1201 at status: cannot ACTIVATE a contract in status DRAFT; allowed from DRAFT: [SUBMIT]",
                assertThrows(IllegalTransitionException.class, () -> draft.transition(Transition.ACTIVATE)).getMessage());
    }

    @Test
    void errors() {
        String json = "{\"id\": \"c-1\", \"titel\": \"typo\"}";
        // doc:errors
        try {
            ContractJson.read(json);
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                System.out.println(v.code().code() + " " + v.path() + " " + v.message());
            }
        }
        // end
        List<Violation> vs = assertThrows(ValidationException.class, () -> ContractJson.read(json)).violations();
        assertEquals("PCT-1403", vs.get(vs.size() - 1).code().code());
        assertEquals("/titel", vs.get(vs.size() - 1).path());
    }
}
