/**
 * Obligation plans as data (payments in and out with down payment, progress, acceptance, final
 * and retention stages; deliveries, acceptances, reports), due rules (fixed date, relative to an
 * event, recurring), scheduling into dated obligations with owners, and the obligation lifecycle
 * as a pure state machine whose every change is an event.
 *
 * <p>Entry points: {@link io.pactum.core.obligation.ObligationPlans} (JSON),
 * {@link io.pactum.core.obligation.ObligationScheduler} and
 * {@link io.pactum.core.obligation.Obligation}.
 */
@NullMarked
package io.pactum.core.obligation;

import org.jspecify.annotations.NullMarked;
