package io.pactum.examples.crm;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.ObligationPlans;
import io.pactum.core.reminder.ReminderPolicies;
import io.pactum.core.template.TemplateId;
import io.pactum.core.template.VariableValues;
import io.pactum.examples.quickstart.year.SimulatedClock;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.Person;
import io.pactum.spi.port.SignatureOutcome;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import io.pactum.spi.runtime.ApprovalDecision;
import io.pactum.spi.runtime.CommandResult;
import io.pactum.spi.runtime.ContractManager;
import io.pactum.spi.runtime.DueWorkReport;
import io.pactum.spi.runtime.TemplateDraft;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CRM vendor's integration, run end to end: the CRM's notification router and ERP forwarder are
 * registered with the {@link ContractManager}; a subscription is drafted from the CRM's template,
 * approved by the sales head and finance, signed, activated with its payment plan, the down
 * payment is recorded, and the due-work job sends the go-live reminder. It prints what reached
 * WeCom, e-mail and the ERP, then delivers a notification again, as the outbox does after a
 * crash, to show that the repeat is dropped.
 *
 * <p>Run with {@code mvn -q -Pcrm-example -DskipTests package} (see docs/getting-started.md).
 */
public final class CrmExample {

    /** The CRM customer's tenant. */
    public static final TenantId TENANT = TenantId.of("globex-crm");

    private static final String RESOURCES = "/io/pactum/examples/crm/";

    /**
     * What the run left behind, for the caller to inspect.
     *
     * @param wecom the WeCom messages
     * @param email the e-mails
     * @param erp the ERP's bookings
     * @param contract the contract at the end
     * @param dueWork the due-work run's report
     * @param redelivered the notification delivered a second time
     */
    public record Run(FakeChannel wecom, FakeChannel email, FakeErp erp, Contract contract, DueWorkReport dueWork,
            Notification redelivered) {
    }

    private CrmExample() {
    }

    /** Runs the example and prints what the CRM's adapters received. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the example, printing to {@code out}. */
    public static Run run(PrintStream out) {
        SimulatedClock clock = SimulatedClock.at(Instant.parse("2026-04-01T01:00:00Z"), ZoneOffset.UTC);  // 09:00 in Shanghai
        FakeChannel wecom = new FakeChannel();
        FakeChannel email = new FakeChannel();
        FakeErp erp = new FakeErp();
        CrmNotificationRouter notifications = new CrmNotificationRouter(users(), MessageTemplates.standard(), wecom, email);
        ErpEventForwarder events = new ErpEventForwarder(erp);

        ContractManager manager = ContractManager.builder()
                .storage(InMemoryStorage.create())             // the CRM's database adapter in production
                .directory(directory())
                .accessPolicy(AccessPolicy.standard())
                .clock(clock)
                .notifications(notifications)                  // the CRM's channel router
                .integrationEvents(events)                     // the CRM's ERP forwarder
                .notificationChannel("wecom")                  // approvals go to WeCom
                .obligationCalendar(BusinessCalendar.chinaMainland())
                .reminderPolicy(ReminderPolicies.fromJson(resource("reminder-policy.json")))
                .dueWorkTenants(Set.of(TENANT))
                .build();

        CallContext admin = as("root");
        manager.library().putApprovalPolicy(admin, resource("approval-policy.json"));
        manager.library().putClause(admin, resource("payment-clause.json"));
        manager.library().putTemplate(admin, resource("subscription-template.json"));
        manager.library().putContractType(admin, resource("subscription-type.json"));
        out.println("library loaded: approval policy crm-approval, template crm-subscription@1");

        CallContext chen = as("u-chen");
        VariableValues values = VariableValues.builder().text("customer", "Globex Trading 环球贸易")
                .text("seats", "250").money("price", Money.of("360000.00", "CNY")).build();
        Contract header = subscription();
        ContractId id = header.id();
        long r = manager.createDraftFromTemplate(chen, TemplateDraft.of(header,
                TemplateId.of("crm-subscription"), 1, values), "250 seats").contract().revision();
        r = manager.submit(chen, id, r, "ready for approval").contract().revision();
        manager.decide(as("u-liu"), id, r, ApprovalDecision.approve("good customer"));
        CommandResult approved = manager.decide(as("u-zhao"), id, r, ApprovalDecision.approve("margin ok"));
        out.println("approved: " + approved.contract().number() + " " + approved.contract().status());

        CommandResult sent = manager.sendForSignature(chen, id, approved.contract().revision(),
                List.of(new Signer(PartyId.of("globex"), "Wu Lei", "wu@globex.example")), "please sign");
        SignatureRequest request = (SignatureRequest) sent.messages().get(0);
        CommandResult signed = manager.recordSignature(as("u-legal"), new SignatureOutcome(request.requestId(), id,
                request.documentFingerprint(), SignatureOutcome.Result.SIGNED, "Wu Lei", clock.instant()), "e-signed");
        manager.activate(chen, id, signed.contract().revision(),
                ObligationPlans.fromJson(resource("obligation-plan.json")), "in force");
        manager.dispatchOutbox(clock.instant());         // the host's scheduler, every minute

        clock.advance(Duration.ofDays(8));              // 2026-04-09
        manager.recordPayment(as("u-zhao"), id, "down-payment#0", Money.of("108000.00", "CNY"),
                LocalDate.of(2026, 4, 9), List.of("bank-slip-0409"), "down payment");
        manager.dispatchOutbox(clock.instant());

        clock.advance(Duration.ofDays(47));             // 2026-05-26 09:00 Shanghai: three days before go-live
        DueWorkReport dueWork = manager.runDueWork(clock.instant());

        out.println();
        print(out, "WeCom", wecom.delivered());
        print(out, "e-mail", email.delivered());
        out.println("ERP (" + erp.booked().size() + "):");
        for (ErpDocument d : erp.booked()) {
            out.println("  " + d);
        }

        // the outbox delivers at least once: after a crash it sends the last reminder again
        OutgoingMessage last = wecom.delivered().get(wecom.delivered().size() - 1);
        Notification again = new Notification(last.idempotencyKey(), UserId.of("u-chen"), "wecom", "obligation.reminder",
                Map.of(), id);
        int before = wecom.delivered().size();
        notifications.send(CallContext.of(TENANT, UserId.of("pactum-dispatcher"), "redelivery"), again);
        out.println();
        out.println("delivered " + again.idempotencyKey() + " again: WeCom messages " + before + " -> "
                + wecom.delivered().size() + " (the repeat is dropped)");
        Contract contract = manager.get(chen, id).orElseThrow();
        return new Run(wecom, email, erp, contract, dueWork, again);
    }

    private static void print(PrintStream out, String channel, List<OutgoingMessage> messages) {
        out.println(channel + " (" + messages.size() + "):");
        for (OutgoingMessage m : messages) {
            out.println("  to " + m.address() + ": [" + m.subject() + "] " + m.body());
        }
    }

    private static CallContext as(String user) {
        return CallContext.of(TENANT, UserId.of(user), "crm-" + user);
    }

    /** The CRM's users as its channels know them. */
    static Map<String, CrmUser> users() {
        return Map.of(
                "u-chen", new CrmUser("u-chen", "Chen Jing 陈静", "chen.jing@crm-vendor.example", "ChenJing"),
                "u-liu", new CrmUser("u-liu", "Liu Yang 刘洋", "liu.yang@crm-vendor.example", "LiuYang"),
                "u-zhao", new CrmUser("u-zhao", "Zhao Min 赵敏", "zhao.min@crm-vendor.example", "ZhaoMin"),
                "u-legal", new CrmUser("u-legal", "Sun Li 孙立", "sun.li@crm-vendor.example", "SunLi"));
    }

    private static InMemoryDirectory directory() {
        return InMemoryDirectory.create()
                .add(new Person(UserId.of("u-chen"), "Chen Jing", DepartmentId.of("sales"), Set.of("contract-manager"),
                                Set.of(), UserId.of("u-liu"), true),
                        Person.of("u-liu", "sales", "contract-manager", "approver"),
                        Person.of("u-zhao", "finance", "approver", "finance", "finance-manager"),
                        Person.of("u-legal", "legal", "legal"), Person.of("root", "it", "admin"))
                .departmentHead(DepartmentId.of("sales"), UserId.of("u-liu"))
                .authorityLimit(UserId.of("u-liu"), Money.of("1000000.00", "CNY"))
                .authorityLimit(UserId.of("u-zhao"), Money.of("5000000.00", "CNY"));
    }

    private static Contract subscription() {
        return Contract.builder().id(ContractId.of("crm-42")).number("CRM-2026-000042").title("CRM subscription, 250 seats")
                .type(ContractTypeId.of("subscription")).direction(Direction.SELL_SIDE)
                .party(Party.of("us", "CRM Vendor Ltd", PartyRole.OWN_ENTITY))
                .party(Party.of("globex", "Globex Trading 环球贸易", PartyRole.CUSTOMER))
                .owner(UserId.of("u-chen")).department(DepartmentId.of("sales")).value(Money.of("360000.00", "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 4, 15), LocalDate.of(2027, 4, 14)))
                .confidentiality(ConfidentialityLevel.INTERNAL).build();
    }

    static String resource(String name) {
        try (InputStream in = CrmExample.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                // Shipped with the example: missing means a broken build, not bad user input.
                throw new IllegalStateException("the CRM example's file " + RESOURCES + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
