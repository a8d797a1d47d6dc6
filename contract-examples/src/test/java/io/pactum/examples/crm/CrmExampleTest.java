package io.pactum.examples.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractStatus;
import io.pactum.core.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CRM example's run: what reached WeCom, e-mail and the ERP, and that a repeat is dropped. */
class CrmExampleTest {

    private static CrmExample.Run run;
    private static String printed;

    @BeforeAll
    static void runTheExample() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run = CrmExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void contract_endsActive() {
        assertEquals(ContractStatus.ACTIVE, run.contract().status());
    }

    @Test
    void erp_bookedTheSignedContractItsInvoiceRequestAndThePayment_inThatOrder() {
        // 30% of CNY 360,000.00, due 10 business days after the signature on 2026-04-01
        List<ErpDocument> booked = run.erp().booked();
        assertEquals(3, booked.size(), booked::toString);
        ErpDocument.SalesOrder order = (ErpDocument.SalesOrder) booked.get(0);
        assertEquals("CRM-2026-000042", order.contractNumber());
        assertEquals("Globex Trading 环球贸易", order.customer());
        assertEquals(Money.of("360000.00", "CNY"), order.value());
        assertEquals(LocalDate.of(2026, 4, 15), order.start());
        assertEquals(LocalDate.of(2027, 4, 14), order.end());
        ErpDocument.InvoiceRequest invoice = (ErpDocument.InvoiceRequest) booked.get(1);
        assertEquals("down-payment#0", invoice.obligationKey());
        assertEquals(Money.of("108000.00", "CNY"), invoice.amount());
        ErpDocument.Receipt receipt = (ErpDocument.Receipt) booked.get(2);
        assertEquals(Money.of("108000.00", "CNY"), receipt.amount());
        assertEquals(LocalDate.of(2026, 4, 9), receipt.paidOn());
        assertEquals(false, receipt.late());
    }

    @Test
    void wecom_carriedTheApprovalRequestsToBothApprovers() {
        List<String> approvalsTo = run.wecom().delivered().stream().filter(m -> m.subject().startsWith("待审批"))
                .map(OutgoingMessage::address).distinct().sorted().toList();
        assertEquals(List.of("LiuYang", "ZhaoMin"), approvalsTo);
    }

    @Test
    void goLiveReminder_wentToTheOwnerOnWeComAndByMail_rendered() {
        for (FakeChannel channel : List.of(run.wecom(), run.email())) {
            List<OutgoingMessage> reminders = channel.delivered().stream()
                    .filter(m -> m.idempotencyKey().contains("/go-live#0|LEAD|P3D|2026-05-29")).toList();
            assertEquals(1, reminders.size(), channel.delivered()::toString);
            assertEquals("到期提醒 CRM-2026-000042", reminders.get(0).subject());
            assertEquals("CRM live for every seat of CRM subscription, 250 seats (CRM-2026-000042) is due on 2026-05-29.",
                    reminders.get(0).body());
        }
        assertEquals("chen.jing@crm-vendor.example", run.email().delivered().get(0).address());
    }

    @Test
    void redelivery_isDropped() {
        long copies = run.wecom().delivered().stream()
                .filter(m -> m.idempotencyKey().equals(run.redelivered().idempotencyKey())).count();
        assertEquals(1, copies);
        assertTrue(printed.contains("(the repeat is dropped)"), printed);
    }

    @Test
    void dueWork_sentTheReminders() {
        assertTrue(run.dueWork().enqueued() >= 2, run.dueWork()::toString);
    }
}
