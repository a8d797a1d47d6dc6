/**
 * The JDBC storage adapter: {@link io.pactum.jdbc.JdbcStorage} implements the storage ports of
 * {@code io.pactum.spi.port} over a host's {@link javax.sql.DataSource};
 * {@link io.pactum.jdbc.PactumSchema} creates and upgrades the tables; {@link io.pactum.jdbc.JdbcError}
 * lists the failures it reports. See {@code docs/jdbc.md}.
 */
@NullMarked
package io.pactum.jdbc;

import org.jspecify.annotations.NullMarked;
