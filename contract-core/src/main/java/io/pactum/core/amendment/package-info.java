/**
 * Typed amendments (administrative, price change, scope change, renewal, termination), each with
 * a reason and an effective date, producing effective-dated versions of the
 * {@link io.pactum.core.amendment.CommercialTerms}; "the terms in force on date D" is a query on
 * {@link io.pactum.core.amendment.TermsHistory}, which keeps every version.
 */
@NullMarked
package io.pactum.core.amendment;

import org.jspecify.annotations.NullMarked;
