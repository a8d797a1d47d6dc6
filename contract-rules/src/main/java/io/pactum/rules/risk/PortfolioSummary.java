package io.pactum.rules.risk;

import io.pactum.rules.risk.internal.SortedArrayMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * What a portfolio scan found, as of a date: how many contracts, how many alerts and their total
 * score, alerts counted by severity, rule id, department and counterparty id (portfolio alerts
 * have no department), and the portfolio-level concentration alerts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the scan date
 * @param contracts the contracts scanned
 * @param alerts the alerts raised, concentration included
 * @param totalScore the sum of the alerts' scores
 * @param bySeverity alert counts by severity name
 * @param byRule alert counts by rule id
 * @param byDepartment alert counts by department id
 * @param byCounterparty alert counts by counterparty id
 * @param concentrationAlerts the counterparty concentration alerts, by key
 */
public record PortfolioSummary(LocalDate asOf, long contracts, long alerts, long totalScore,
        SortedMap<String, Long> bySeverity, SortedMap<String, Long> byRule, SortedMap<String, Long> byDepartment,
        SortedMap<String, Long> byCounterparty, List<Alert> concentrationAlerts) {

    /** Copies the maps and the list. */
    public PortfolioSummary {
        Objects.requireNonNull(asOf, "asOf");
        // immutable sorted maps are kept as they are: a summary of 20,000 counterparties is not copied again
        bySeverity = SortedArrayMap.of(bySeverity);
        byRule = SortedArrayMap.of(byRule);
        byDepartment = SortedArrayMap.of(byDepartment);
        byCounterparty = SortedArrayMap.of(byCounterparty);
        concentrationAlerts = List.copyOf(concentrationAlerts);
    }
}
