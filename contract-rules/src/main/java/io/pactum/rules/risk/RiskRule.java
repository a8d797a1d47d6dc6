package io.pactum.rules.risk;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every risk rule, in one place. Each rule has a stable id (the first part of its alerts' keys),
 * the statuses it watches, and explains itself in English and Chinese. Thresholds and severities
 * are not here: they come from the {@link RiskProfile} of the contract's type; a rule a profile
 * leaves out is off for that type.
 *
 * <p>"In force" means {@code SIGNED}, {@code ACTIVE} or {@code SUSPENDED}; "open" means every
 * status before {@code EXPIRED} (draft to suspended); "signed" means signed or later except
 * {@code ARCHIVED}.
 */
public enum RiskRule {
    /** Term ends within N days: from expiry − N to the expiry date itself (in force). */
    EXPIRY("expiry", "The contract's term ends within the profile's number of days.",
            "合同期限将在设定天数内届满。"),
    /** Cancel-by date within N days: from cancel-by − N to the cancel-by date (in force). */
    CANCEL_BY("cancel-by", "The last day to give notice of non-renewal is within the profile's number of days.",
            "不续约通知截止日将在设定天数内到来。"),
    /** Automatic renewal within N days: from renewal − N to the renewal date (in force). */
    AUTO_RENEWAL("auto-renewal", "The contract renews automatically within the profile's number of days.",
            "合同将在设定天数内自动续约。"),
    /** Acceptance, report or custom obligation open more than G days after its due date (in force). */
    OBLIGATION_OVERDUE("obligation-overdue",
            "An acceptance, report or other obligation is open more than the grace days after its due date.",
            "验收、报告或其他义务超过宽限期仍未履行。"),
    /** Payment open after its due date, in aging buckets 1–30, 31–60, 61–90, 90+ days (signed). */
    PAYMENT_OVERDUE("payment-overdue",
            "A payment is unpaid after its due date; severity grows with the aging bucket (1-30, 31-60, 61-90, 90+ days).",
            "款项逾期未付；严重程度随账龄区间（1-30、31-60、61-90、90天以上）上升。"),
    /** Spend reaches the profile's share of the budget ceiling, up to 100% inclusive (in force). */
    BUDGET_THRESHOLD("budget-threshold", "Spend has reached the profile's share of the budget ceiling.",
            "支出已达到预算上限的设定比例。"),
    /** Spend exceeds the budget ceiling (in force). */
    BUDGET_EXCEEDED("budget-exceeded", "Spend exceeds the budget ceiling.", "支出已超出预算上限。"),
    /** Delivery open more than G days after its due date (in force). */
    DELIVERY_LATE("delivery-late", "A delivery is open more than the grace days after its due date.",
            "交付超过宽限期仍未完成。"),
    /** A clause category uses a fallback (non-standard) variant or was edited (open). */
    CLAUSE_DEVIATION("clause-deviation", "A clause uses a non-standard fallback position or was edited.",
            "条款采用了非标准的备选立场或被修改。"),
    /** A mandatory clause category has no clause (open). */
    MANDATORY_MISSING("mandatory-missing", "A mandatory clause is missing.", "缺少必备条款。"),
    /** Approval pending more than G days after the day its SLA ended (in approval). */
    APPROVAL_SLA("approval-sla", "The approval is still pending after its SLA ended.", "审批已超过时限仍未完成。"),
    /** Signature pending N days or more after it was sent (in signature). */
    SIGNATURE_PENDING("signature-pending", "The contract has waited for signature for the profile's number of days.",
            "合同等待签署已达设定天数。"),
    /** More than M amendments effective within the last P days (in force). */
    AMENDMENT_CHURN("amendment-churn", "The contract was amended more often than the profile allows in the period.",
            "合同在设定期间内的变更次数超过上限。"),
    /** One counterparty holds more than the given share of the in-force portfolio value (portfolio). */
    COUNTERPARTY_CONCENTRATION("counterparty-concentration",
            "One counterparty holds more than the allowed share of the in-force portfolio value.",
            "单一相对方在生效合同总额中的占比超过上限。"),
    /** A custom rule written in the condition grammar holds (open). */
    CUSTOM("custom", "A custom rule of the risk profile, written in the condition grammar, holds.",
            "风险配置中以条件语法编写的自定义规则成立。");

    private final String id;
    private final String explanationEn;
    private final String explanationZh;

    RiskRule(String id, String explanationEn, String explanationZh) {
        this.id = id;
        this.explanationEn = explanationEn;
        this.explanationZh = explanationZh;
    }

    /** The stable id; custom rules' alerts use {@code custom.<their id>}. */
    public String id() {
        return id;
    }

    /** What the rule watches, in English. */
    public String explanationEn() {
        return explanationEn;
    }

    /** What the rule watches, in Chinese (zh-CN). */
    public String explanationZh() {
        return explanationZh;
    }

    /** The rule with an id, if any. */
    public static Optional<RiskRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
