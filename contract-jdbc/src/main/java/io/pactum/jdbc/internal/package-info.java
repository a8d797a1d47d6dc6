/**
 * The SQL behind {@link io.pactum.jdbc.JdbcStorage}, one class per table family, and the dialect
 * differences between H2 and PostgreSQL. Not exported.
 */
@NullMarked
package io.pactum.jdbc.internal;

import org.jspecify.annotations.NullMarked;
