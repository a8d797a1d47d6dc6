package io.pactum.benchmarks.approval;

import java.math.BigDecimal;
import java.util.Set;

/** The facts of one contract as a JavaBean, for the rule engines that read beans (MVEL, Drools). */
public final class BenchFact {

    private final String type;
    private final String direction;
    private final BigDecimal amount;
    private final int risk;
    private final String department;
    private final String region;
    private final String counterparty;
    private final boolean overBudget;
    private final Set<String> edited;
    private final Set<String> fallback;
    private final Set<String> missing;
    private final boolean extraApproval;

    /** Creates the bean. */
    public BenchFact(String type, String direction, BigDecimal amount, int risk, String department, String region,
            String counterparty, boolean overBudget, Set<String> edited, Set<String> fallback, Set<String> missing,
            boolean extraApproval) {
        this.type = type;
        this.direction = direction;
        this.amount = amount;
        this.risk = risk;
        this.department = department;
        this.region = region;
        this.counterparty = counterparty;
        this.overBudget = overBudget;
        this.edited = edited;
        this.fallback = fallback;
        this.missing = missing;
        this.extraApproval = extraApproval;
    }

    /** Contract type. */
    public String getType() {
        return type;
    }

    /** Direction name. */
    public String getDirection() {
        return direction;
    }

    /** Amount in CNY. */
    public BigDecimal getAmount() {
        return amount;
    }

    /** Risk level ordinal, 0 (LOW) to 3 (CRITICAL). */
    public int getRisk() {
        return risk;
    }

    /** Department. */
    public String getDepartment() {
        return department;
    }

    /** Region. */
    public String getRegion() {
        return region;
    }

    /** Counterparty. */
    public String getCounterparty() {
        return counterparty;
    }

    /** Amount above the budget ceiling. */
    public boolean isOverBudget() {
        return overBudget;
    }

    /** Edited clause categories. */
    public Set<String> getEdited() {
        return edited;
    }

    /** Categories with a fallback chosen. */
    public Set<String> getFallback() {
        return fallback;
    }

    /** Missing mandatory categories. */
    public Set<String> getMissing() {
        return missing;
    }

    /** Template demands extra approval. */
    public boolean isExtraApproval() {
        return extraApproval;
    }
}
