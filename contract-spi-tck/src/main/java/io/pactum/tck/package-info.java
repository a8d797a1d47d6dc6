/**
 * The conformance kit. Extend each abstract {@code …Tck} class once, implementing its factory
 * method: {@link io.pactum.tck.PactumTck#newStorage()} for the storage kits, {@code newOutbound()}
 * for the outbound kits ({@link io.pactum.tck.NotificationPortTck},
 * {@link io.pactum.tck.IntegrationEventPortTck}); exclude tests by id through the system property
 * {@value io.pactum.tck.TckExclusions#PROPERTY} or by overriding
 * {@code excludedTests()}. See docs/spi.md.
 */
@NullMarked
package io.pactum.tck;

import org.jspecify.annotations.NullMarked;
