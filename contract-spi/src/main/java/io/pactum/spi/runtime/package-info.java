/**
 * The runtime that drives the ports: {@link io.pactum.spi.runtime.ContractManager}, its lifecycle commands, the outbox dispatcher and due work.
 */
@NullMarked
package io.pactum.spi.runtime;

import org.jspecify.annotations.NullMarked;
