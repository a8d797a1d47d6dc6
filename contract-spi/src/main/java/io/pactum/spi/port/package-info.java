/**
 * The ports a host implements, one small interface per concern: contract storage and queries, the unit of work, the outbox, the audit log, notifications, integration events, e-signature, the directory of people, keys and ids. Every call receives a {@link io.pactum.spi.CallContext}; methods added later get defaults.
 */
@NullMarked
package io.pactum.spi.port;

import org.jspecify.annotations.NullMarked;
