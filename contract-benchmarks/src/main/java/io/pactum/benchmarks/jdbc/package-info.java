/** Benchmarks of the JDBC storage adapter against the in-memory reference adapter. */
@NullMarked
package io.pactum.benchmarks.jdbc;

import org.jspecify.annotations.NullMarked;
