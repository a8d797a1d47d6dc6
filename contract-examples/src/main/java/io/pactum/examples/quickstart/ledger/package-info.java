/**
 * The 合同台账 (contract ledger) of the quickstart: small records a host fills from its runtime
 * (contracts with status, obligations with due and paid amounts, reminders sent, alerts raised), a
 * console rendering and a self-contained HTML page with an inline SVG chart of payments due and
 * received by month.
 */
@NullMarked
package io.pactum.examples.quickstart.ledger;

import org.jspecify.annotations.NullMarked;
