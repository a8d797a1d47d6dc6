package io.pactum.rules.risk;

import io.pactum.core.error.PactumException;
import io.pactum.core.error.ValidationException;
import io.pactum.rules.condition.CompiledCondition;
import io.pactum.rules.condition.Condition;
import io.pactum.rules.condition.FieldCatalog;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A risk rule written in the closed condition grammar: when its condition holds for a contract's
 * facts, an alert {@code custom.<id>} with the given severity and message is raised. The
 * condition is compiled once, against the field catalog and in the profile's currency.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomRiskRule {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final String id;
    private final Severity severity;
    private final CompiledCondition when;
    private final String messageEn;
    private final String messageZh;

    private CustomRiskRule(String id, Severity severity, CompiledCondition when, String messageEn, String messageZh) {
        this.id = id;
        this.severity = severity;
        this.when = when;
        this.messageEn = messageEn;
        this.messageZh = messageZh;
    }

    /**
     * Checks and compiles a custom rule.
     *
     * @param id lowercase letters, digits and hyphens, starting with a letter, at most 63
     * @param severity the alert's severity
     * @param when the condition
     * @param catalog the fields the condition may name
     * @param currency the currency money fields are compared in
     * @param messageEn the alert message in English, 1 to 500 characters
     * @param messageZh the alert message in Chinese, 1 to 500 characters
     * @return the rule
     * @throws PactumException {@link RiskError#BAD_RULE_ID} at {@code id}, {@link RiskError#BAD_MESSAGE}
     *     at {@code message.en} or {@code message.zh-CN}
     * @throws ValidationException when the condition does not compile, with paths inside the condition
     */
    public static CustomRiskRule of(String id, Severity severity, Condition when, FieldCatalog catalog,
            Currency currency, String messageEn, String messageZh) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageZh, "messageZh");
        if (!ID.matcher(id).matches()) {
            throw new PactumException(RiskError.BAD_RULE_ID, "id",
                    "a custom rule id is lowercase letters, digits and hyphens starting with a letter, got \""
                            + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "\"");
        }
        checkMessage(messageEn, "message.en");
        checkMessage(messageZh, "message.zh-CN");
        return new CustomRiskRule(id, severity, CompiledCondition.compile(when, catalog, currency), messageEn,
                messageZh);
    }

    private static void checkMessage(String text, String path) {
        if (text.isBlank() || text.length() > 500) {
            throw new PactumException(RiskError.BAD_MESSAGE, path, "a message is 1 to 500 characters, not blank");
        }
    }

    /** The id, unique within its profile. */
    public String id() {
        return id;
    }

    /** The rule id its alerts carry: {@code custom.<id>}. */
    public String ruleId() {
        return RiskRule.CUSTOM.id() + "." + id;
    }

    /** The alert's severity. */
    public Severity severity() {
        return severity;
    }

    /** The compiled condition. */
    public CompiledCondition when() {
        return when;
    }

    /** The message in English. */
    public String messageEn() {
        return messageEn;
    }

    /** The message in Chinese. */
    public String messageZh() {
        return messageZh;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
        if (!(o instanceof CustomRiskRule)) {
            return false;
        }
        CustomRiskRule r = (CustomRiskRule) o;
        return id.equals(r.id) && severity == r.severity && when.condition().equals(r.when.condition())
                && messageEn.equals(r.messageEn) && messageZh.equals(r.messageZh);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, severity, when.condition());
    }

    @Override
    public String toString() {
        return "CustomRiskRule[" + ruleId() + " " + severity + " when " + when + "]";
    }
}
