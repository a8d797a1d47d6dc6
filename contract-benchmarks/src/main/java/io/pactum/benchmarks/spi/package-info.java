/**
 * Benchmarks of the runtime: the cost of a lifecycle command (authorization, fingerprints, the
 * hash-chained audit entry and the outbox in one unit of work), dispatching the outbox, and
 * verifying an audit log.
 */
@NullMarked
package io.pactum.benchmarks.spi;

import org.jspecify.annotations.NullMarked;
