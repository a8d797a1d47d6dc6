package io.pactum.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    private static String run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int valid = Quickstart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(1, valid);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void assertLine(String output, String line) {
        assertTrue(output.lines().anyMatch(l -> l.equals(line)), () -> "missing line:\n" + line + "\nin:\n" + output);
    }

    @Test
    void run_validContract_printsItsSummary() {
        String out = run();
        assertLine(out, "  Contract       SC-2026-000001  IT运维服务合同  [DRAFT, revision 0]");
        assertLine(out, "  Parties        上海示例科技有限公司 (OWN_ENTITY); ACME Trading Co., Ltd. (CUSTOMER)");
        assertLine(out, "  Value          CNY 1,200,000.00 (SELL_SIDE)");
        assertLine(out, "  Term           2026-01-01 → 2026-12-31, auto-renews for P1Y unless notice P30D before the end,"
                + " at most 3 times");
        assertLine(out, "  Validation     OK");
    }

    @Test
    void run_brokenFile_everyProblemWithPointerAndCode() {
        String out = run();
        assertLine(out, "  cannot read it: 4 problems");
        assertLine(out, "    PCT-1403 at /regoin: unknown property \"regoin\"");
        assertLine(out, "    PCT-1002 at /value/amount: 88000.005 has more than 2 decimal places for CNY");
        assertLine(out, "    PCT-1104 at /term/endDate: end date 2026-06-30 is before effective date 2026-07-01");
        assertLine(out, "    PCT-1405 at /renewal/kind: unknown kind \"perpetual\"; expected one of autoRenew, evergreen, fixed");
    }

    @Test
    void run_invalidForItsType_everyRuleBroken() {
        String out = run();
        assertLine(out, "  read, but invalid for type service: 6 problems");
        assertLine(out, "    PCT-1501 at /parties/1/contacts/0/email: must be a well-formed email address");
        assertLine(out, "    PCT-1102 at /customFields/warrantyMonths: INTEGER field \"warrantyMonths\": must be at most 60, got 72");
        assertLine(out, "    PCT-1101 at /customFields/projectCode: field \"projectCode\" is required by contract type service");
        assertLine(out, "    PCT-1103 at /customFields/billingParty: PARTY_REFERENCE field \"billingParty\": "
                + "no party with id \"initech\" in this contract");
        assertLine(out, "1 of 3 contracts are valid.");
    }

    @Test
    void money_groupsThousandsWithTheCurrencysDecimals() {
        assertEquals("JPY 1,234,567", Quickstart.money(Money.of("1234567", "JPY")));
        assertEquals("BHD 1,234.500", Quickstart.money(Money.of("1234.5", "BHD")));
        assertEquals("CNY 0.05", Quickstart.money(Money.of("0.05", "CNY")));
    }
}
