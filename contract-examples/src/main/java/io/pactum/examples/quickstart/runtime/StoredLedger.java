package io.pactum.examples.quickstart.runtime;

import io.pactum.core.clause.ContractLocale;
import io.pactum.core.contract.Contract;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationEvent;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.examples.quickstart.Sample;
import io.pactum.examples.quickstart.ledger.Ledger;
import io.pactum.examples.quickstart.ledger.LedgerContract;
import io.pactum.examples.quickstart.ledger.LedgerObligation;
import io.pactum.examples.quickstart.ledger.RaisedAlert;
import io.pactum.examples.quickstart.ledger.Receipt;
import io.pactum.examples.quickstart.ledger.SentReminder;
import io.pactum.rules.risk.Severity;
import io.pactum.spi.CallContext;
import io.pactum.spi.runtime.ContractManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The 合同台账 read back from what the runtime stored: the contracts ({@link ContractManager#get}),
 * their obligation ledgers ({@link ContractManager#obligations}) with every payment received, and
 * from the {@link Mailbox} the reminders and escalations that went out and the risk alerts raised.
 * Nothing is taken from memory of the run, so a second run shows the first one's work too.
 */
public final class StoredLedger {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private StoredLedger() {
    }

    /**
     * Reads the ledger.
     *
     * @param runtime the runtime
     * @param title the page title
     * @param asOf the business date the live status is computed for
     */
    public static Ledger read(QuickstartRuntime runtime, String title, LocalDate asOf) {
        ContractManager manager = runtime.manager();
        List<LedgerContract> contracts = new ArrayList<>();
        List<LedgerObligation> obligations = new ArrayList<>();
        Map<String, Sample> byId = new HashMap<>();
        for (Sample s : runtime.data().samples()) {
            CallContext ctx = QuickstartRuntime.as(s.contract().owner(), "ledger");
            Optional<Contract> stored = manager.get(ctx, s.contract().id());
            if (stored.isEmpty()) {
                continue;
            }
            Contract c = stored.get();
            byId.put(c.id().value(), s);
            contracts.add(new LedgerContract(c.id().value(), c.number(), c.title(), c.type().value(),
                    c.counterparties().get(0).name(), c.value(), c.status()));
            Optional<ObligationLedger> ledger = manager.obligations(ctx, c.id());
            ledger.ifPresent(l -> l.obligations().forEach(o -> obligations.add(obligation(c, o))));
        }
        List<SentReminder> reminders = new ArrayList<>();
        List<RaisedAlert> alerts = new ArrayList<>();
        for (Mailbox.Received m : runtime.mailbox().received(QuickstartRuntime.as(QuickstartRuntime.ADMIN, "ledger"))) {
            if (m instanceof Mailbox.ReceivedNotification n && n.template().startsWith("obligation.")) {
                reminders.add(reminder(n));
            } else if (m instanceof Mailbox.ReceivedEvent e && e.type().equals("risk.alert.raised")) {
                Sample s = byId.get(e.contractId());
                if (s != null) {
                    alerts.add(alert(e, s));
                }
            }
        }
        return new Ledger(title, asOf, contracts, obligations, reminders, alerts);
    }

    private static LedgerObligation obligation(Contract c, Obligation o) {
        List<Receipt> receipts = new ArrayList<>();
        if (o.scheduled().amount() != null) {
            for (ObligationEvent e : o.history()) {
                boolean payment = e.type() == ObligationEvent.Type.PARTIALLY_FULFILLED
                        || e.type() == ObligationEvent.Type.FULFILLED;
                if (payment && e.amount() != null && e.effectiveDate() != null) {
                    receipts.add(new Receipt(e.effectiveDate(), e.amount()));
                }
            }
        }
        return new LedgerObligation(c.id().value(), o.scheduled().key(), o.scheduled().definition().title(),
                o.scheduled().definition().kind(), o.scheduled().amount(), o.scheduled().dueDate(), receipts,
                o.fulfilledOn().orElse(null));
    }

    /** A reminder or escalation as its e-mail's parameters describe it (see docs/spi.md, built-in due work). */
    private static SentReminder reminder(Mailbox.ReceivedNotification n) {
        Map<String, String> p = n.parameters();
        LocalDate sentOn = LocalDate.ofInstant(Instant.parse(p.get("scheduledFor")), ZONE);
        String step = "ESCALATION".equals(p.get("kind")) ? "+" + p.get("step") : p.get("step");
        return new SentReminder(sentOn, p.get("number"), p.get("obligation"), Objects.requireNonNull(step),
                n.recipient(), n.channel());
    }

    /** A {@code risk.alert.raised} event: the alert in the contract's language, dated on the day it was raised. */
    private static RaisedAlert alert(Mailbox.ReceivedEvent e, Sample s) {
        boolean chinese = s.templateVersion().locale().equals(ContractLocale.ZH_CN);
        return JsonInput.standard().read("risk.alert.raised", e.payload(), event -> {
            // A receiver of pactum.event/v1 ignores the fields it does not know: writers only add fields.
            event.ignoreOtherProperties();
            Instant at = event.instant("occurredAt");
            JsonObjectReader data = event.object("data");
            if (data == null) {
                return null;
            }
            data.ignoreOtherProperties();
            JsonObjectReader alert = data.object("alert");
            if (alert == null) {
                return null;
            }
            alert.ignoreOtherProperties();
            String rule = alert.string("ruleId");
            Severity severity = alert.enumValue("severity", Severity.class);
            String message = alert.string(chinese ? "messageZh" : "messageEn");
            return alert.build(() -> new RaisedAlert(LocalDate.ofInstant(Objects.requireNonNull(at), ZONE),
                    s.contract().number(), Objects.requireNonNull(severity), Objects.requireNonNull(rule),
                    Objects.requireNonNull(message)));
        });
    }
}
