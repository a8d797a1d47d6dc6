package io.pactum.rules;

import io.pactum.core.error.ErrorCode;

/**
 * The error codes of conditions, approval routing and the approval process (range 4000–4999).
 *
 * <p>4000–4019 conditions and facts; 4020–4039 approval policies and their static checks;
 * 4040–4059 routing; 4060–4089 the approval process.
 */
public enum RuleError implements ErrorCode {
    /** A condition names a field path that the contract facts do not have. */
    UNKNOWN_FIELD("PCT-4001", "condition names an unknown field path"),
    /** A condition's value does not have the type of its field. */
    VALUE_TYPE("PCT-4002", "condition value does not match the field's type"),
    /** A condition uses an operator that does not apply to its field's type. */
    OPERATOR_NOT_APPLICABLE("PCT-4003", "operator does not apply to the field's type"),
    /** An {@code and} or {@code or} without conditions. */
    EMPTY_GROUP("PCT-4004", "and/or needs at least one condition"),
    /** A condition object that is none of and, or, not, or a field test. */
    CONDITION_SHAPE("PCT-4005", "condition must be one of and, or, not or a field test"),
    /** A {@code between} whose lower bound is not below its upper bound. */
    EMPTY_RANGE("PCT-4006", "between needs from below to"),
    /** No exchange rate between two currencies. */
    RATE_MISSING("PCT-4010", "no exchange rate between the currencies"),
    /** A custom attribute declaration is invalid. */
    BAD_ATTRIBUTE("PCT-4011", "custom attribute name or type is invalid"),

    /** A policy does not end with a catch-all rule. */
    NO_CATCH_ALL("PCT-4020", "policy does not end with a catch-all rule"),
    /** A rule can never match: its condition is unsatisfiable or it follows the catch-all. */
    UNREACHABLE_RULE("PCT-4021", "rule can never match"),
    /** The amount bands of a band group leave amounts that no rule covers. */
    BAND_GAP("PCT-4022", "amount bands leave a gap"),
    /** The amount bands of a band group overlap. */
    BAND_OVERLAP("PCT-4023", "amount bands overlap"),
    /** A policy names a role, group or user that the organisation does not have. */
    UNKNOWN_APPROVER("PCT-4024", "policy names an unknown role, group or user"),
    /** A rule adds approvers to a stage that the policy does not define. */
    UNKNOWN_STAGE("PCT-4025", "rule adds to a stage the policy does not define"),
    /** Two rules or two stages share an id. */
    DUPLICATE_ID("PCT-4026", "rule id or stage name is used twice"),
    /** A quorum larger than the stage's approver seats. */
    QUORUM_TOO_LARGE("PCT-4027", "quorum is larger than the number of approver seats"),
    /** A band group rule whose condition has no amount range. */
    BAND_WITHOUT_AMOUNT("PCT-4028", "rule in a band group has no amount range"),
    /** No policy version is in force on a date. */
    NO_POLICY_IN_FORCE("PCT-4029", "no policy version is in force on the date"),
    /** An invalid value in a policy (blank id, negative SLA...). */
    BAD_POLICY_VALUE("PCT-4030", "invalid policy value"),

    /** The final approvers' authority does not cover the contract amount. */
    AUTHORITY_NOT_COVERED("PCT-4040", "final approver's authority does not cover the amount"),
    /** A seat of a stage has nobody eligible to approve. */
    NO_ELIGIBLE_APPROVER("PCT-4041", "no eligible approver for a stage"),
    /** A route above the two-person threshold would need fewer than two people. */
    TWO_PERSON_RULE("PCT-4042", "route needs at least two distinct approvers"),
    /** After merging repeated approvers a quorum stage has too few seats. */
    QUORUM_UNREACHABLE("PCT-4043", "quorum cannot be reached after merging approvers"),

    /** The actor is not an approver of the current stage. */
    NOT_AN_APPROVER("PCT-4060", "actor is not an approver of the current stage"),
    /** The submitter or owner tried to approve their own contract. */
    SELF_APPROVAL("PCT-4061", "submitter and owner never approve their own contract"),
    /** A person tried to approve twice in one route. */
    ALREADY_APPROVED("PCT-4062", "a person approves at most once per route"),
    /** The process is closed or waiting for changes. */
    PROCESS_NOT_OPEN("PCT-4063", "process is not open for this decision"),
    /** Escalation was asked before the stage's SLA was breached. */
    SLA_NOT_BREACHED("PCT-4064", "stage SLA is not breached yet"),
    /** A rejection or change request without a reason. */
    REASON_REQUIRED("PCT-4065", "a reason is required"),
    /** Only the submitter or owner may withdraw or resubmit. */
    NOT_SUBMITTER("PCT-4066", "only the submitter or owner may do this"),
    /** A decision dated before the previous one. */
    TIME_ORDER("PCT-4067", "decision time is before the previous event"),
    /** A delegation to someone who may not approve. */
    BAD_DELEGATION("PCT-4068", "delegate may not approve this contract"),
    /** A new route from another policy version than the one the process started with. */
    POLICY_VERSION_CHANGED("PCT-4069", "a process keeps the policy version it started with"),
    /** A stored approval process whose parts do not fit together (a seat list of another length...). */
    BAD_PROCESS_RECORD("PCT-4070", "stored approval process is inconsistent");

    private final String code;
    private final String summary;

    RuleError(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String summary() {
        return summary;
    }
}
