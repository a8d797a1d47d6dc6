/**
 * The facts that rules read about one contract: {@link io.pactum.rules.facts.ContractFacts}, a
 * plain value assembled by the host (or the runtime) from the contract, its deviation report and
 * its custom attributes, and the {@link io.pactum.rules.facts.RateSource} port that converts
 * amounts into a policy's currency with exact rates.
 */
@NullMarked
package io.pactum.rules.facts;

import org.jspecify.annotations.NullMarked;
