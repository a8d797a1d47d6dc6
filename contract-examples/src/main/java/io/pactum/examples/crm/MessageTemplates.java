package io.pactum.examples.crm;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CRM's texts for Pactum's notification template keys. A text names parameters as
 * {@code {name}}; a part in square brackets is left out when a parameter it names is missing
 * (payments have an outstanding amount, deliveries do not), and any other missing parameter
 * renders as {@code -}. A template key the CRM
 * has no text for (Pactum added one) still reaches the user, as the key and its parameters,
 * rather than failing the delivery for ever.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\]]*)]");

    /** A template: subject line and body. */
    private record Text(String subject, String body) {
    }

    private final Map<String, Text> texts;

    private MessageTemplates(Map<String, Text> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** The CRM's standard texts (English with the Chinese subject the sales team knows). */
    public static MessageTemplates standard() {
        Map<String, Text> t = new TreeMap<>();
        t.put("contract.submitted", new Text("待审批 {number}", "{title} ({number}) was submitted for approval."));
        t.put("approval.requested", new Text("待审批 {number}", "Please approve {title} ({number})."));
        t.put("approval.escalated", new Text("审批超时 {number}", "{title} ({number}) waits for you: the SLA passed."));
        t.put("approval.sla-breached", new Text("审批超时 {number}", "Stage {stage} of {title} ({number}) is late."));
        t.put("approval.changes-requested", new Text("需修改 {number}", "Changes requested on {title}: {comment}"));
        t.put("contract.approved", new Text("已批准 {number}", "{title} ({number}) is approved."));
        t.put("contract.rejected", new Text("已驳回 {number}", "{title} ({number}) was rejected: {reason}"));
        t.put("obligation.reminder", new Text("到期提醒 {number}",
                "{obligationTitle} of {title} ({number}) is due on {dueDate}.[ Outstanding: {outstanding}.]"));
        t.put("obligation.escalation", new Text("逾期升级 {number}",
                "{obligationTitle} of {title} ({number}) was due on {dueDate} and is still open.[ Outstanding: {outstanding}.]"));
        return new MessageTemplates(t);
    }

    /**
     * Renders a template key with its parameters.
     *
     * @return the subject and the body
     */
    public String[] render(String templateKey, Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        Text text = texts.get(templateKey);
        if (text == null) {
            return new String[] {templateKey, templateKey + " " + new TreeMap<>(parameters)};
        }
        return new String[] {fill(text.subject(), parameters), fill(text.body(), parameters)};
    }

    private static String fill(String text, Map<String, String> parameters) {
        Matcher optional = OPTIONAL.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            Matcher names = PLACEHOLDER.matcher(optional.group(1));
            boolean complete = true;
            while (names.find()) {
                complete &= parameters.containsKey(names.group(1));
            }
            optional.appendReplacement(kept, Matcher.quoteReplacement(complete ? optional.group(1) : ""));
        }
        optional.appendTail(kept);
        return placeholders(kept.toString(), parameters);
    }

    private static String placeholders(String text, Map<String, String> parameters) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(parameters.getOrDefault(m.group(1), "-")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
