/**
 * Risk alerts over one contract or a whole portfolio: named rules listed in {@link
 * io.pactum.rules.risk.RiskRule}, thresholds from data ({@link io.pactum.rules.risk.RiskProfiles},
 * loaded with {@link io.pactum.rules.risk.RiskProfileJson}), evaluated over compact
 * {@link io.pactum.rules.risk.RiskSnapshot}s as of a date by {@link io.pactum.rules.risk.RiskEngine}.
 *
 * <p>A scan is a pure function: chunks of snapshots give {@link io.pactum.rules.risk.ScanPart}s that
 * merge associatively and commutatively, and a final phase adds the portfolio-level counterparty
 * concentration alerts. A {@link io.pactum.rules.risk.RiskBatch} lays a chunk out in primitive
 * columns for the fastest scan, building alerts only on demand. {@link io.pactum.rules.risk.RiskMonitor} keeps the result up to date when
 * the date rolls over or a contract changes, re-evaluating only what can have changed.
 */
@NullMarked
package io.pactum.rules.risk;

import org.jspecify.annotations.NullMarked;
