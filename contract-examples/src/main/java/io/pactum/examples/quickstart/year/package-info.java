/**
 * A simulated year for the quickstart: a clock the driver moves day by day, a script of business
 * events (signatures, payments, deliveries, acceptances, amendments, renewals) read from JSON, and
 * the hooks a host fills with its runtime commands.
 */
@NullMarked
package io.pactum.examples.quickstart.year;

import org.jspecify.annotations.NullMarked;
