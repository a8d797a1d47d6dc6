package io.pactum.rules.risk;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.rules.condition.FactUsed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One risk alert: which rule fired, how bad it is, what it is about, why (the facts), since when
 * it is relevant, and a stable key.
 *
 * <p>The key is {@code ruleId/contract/subject[/variant]}, for example
 * {@code payment-overdue/C-1/obligation:P-3/31-60}: evaluating the same thing again gives the same
 * key on every run and machine; a different obligation, clause, expiry date or aging bucket gives
 * a different one. Two alert sets are compared by key with {@link AlertDiff}.
 *
 * <p>An alert's content does not depend on the evaluation date beyond the rule's phase (no
 * "days overdue" counter), so that the same alert comes out on every day it stays open.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the stable key
 * @param ruleId the rule id: a {@link RiskRule#id()} or {@code custom.<id>}
 * @param rule the rule
 * @param severity how bad it is
 * @param score the points it adds to its contract's risk score ({@link Severity#points()})
 * @param contractId the contract, or {@code null} for a portfolio alert (concentration)
 * @param contractNumber the contract number, or {@code null} for a portfolio alert
 * @param department the contract's department, or {@code null} for a portfolio alert
 * @param counterpartyId the counterparty
 * @param subject what the alert is about
 * @param relevantFrom the first date the alert applies (for alerts without a date of their own,
 *     the date the contract's data last changed; for concentration, the scan date)
 * @param facts the facts that triggered it
 * @param messageEn the message in English
 * @param messageZh the message in Chinese (zh-CN)
 */
public record Alert(String key, String ruleId, RiskRule rule, Severity severity, int score,
        @Nullable ContractId contractId, @Nullable String contractNumber, @Nullable DepartmentId department,
        PartyId counterpartyId, AlertSubject subject, LocalDate relevantFrom, List<FactUsed> facts,
        String messageEn, String messageZh) {

    /** Checks the components and copies the facts. */
    public Alert {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relevantFrom, "relevantFrom");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageZh, "messageZh");
        facts = List.copyOf(facts);
    }

    /**
     * The stable key of an alert.
     *
     * @param ruleId the rule id
     * @param contractId the contract id, or {@code null} for a portfolio alert
     * @param subject what it is about
     * @param variant what distinguishes phases of the same thing (an aging bucket, an expiry date),
     *     or {@code null}
     * @return {@code ruleId/contract/subject[/variant]}
     */
    public static String key(String ruleId, @Nullable ContractId contractId, AlertSubject subject,
            @Nullable String variant) {
        StringBuilder sb = new StringBuilder(64).append(ruleId).append('/')
                .append(contractId == null ? "-" : contractId.value()).append('/');
        subject.appendTo(sb);
        if (variant != null) {
            sb.append('/').append(variant);
        }
        return sb.toString();
    }

    /** The message in a language: Chinese for {@code zh}, English otherwise. */
    public String message(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? messageZh : messageEn;
    }
}
