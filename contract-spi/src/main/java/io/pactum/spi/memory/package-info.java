/**
 * In-memory reference adapters for every port: thread-safe, used by examples, tests and the conformance kit.
 */
@NullMarked
package io.pactum.spi.memory;

import org.jspecify.annotations.NullMarked;
