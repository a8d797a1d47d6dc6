/**
 * Term arithmetic over {@link io.pactum.core.contract.Term} and
 * {@link io.pactum.core.contract.RenewalTerms}: expiry, auto-renewal rolled forward as of any
 * date, cancel-by dates from notice periods, renewal windows, maximum and remaining renewals,
 * evergreen contracts ended by notice.
 *
 * <p>Entry point: {@link io.pactum.core.renewal.Renewals}.
 */
@NullMarked
package io.pactum.core.renewal;

import org.jspecify.annotations.NullMarked;
