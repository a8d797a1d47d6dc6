/**
 * The conformance kit. Extend each abstract {@code …Tck} class once, implementing
 * {@link io.pactum.tck.PactumTck#newStorage()}; exclude tests by id through the system property
 * {@value io.pactum.tck.TckExclusions#PROPERTY} or by overriding
 * {@link io.pactum.tck.PactumTck#excludedTests()}. See docs/spi.md.
 */
@NullMarked
package io.pactum.tck;

import org.jspecify.annotations.NullMarked;
