/**
 * Pactum's JDBC adapter: contracts, stored records, the unit of work, the outbox and the audit log
 * in a relational database reached through a host's {@link javax.sql.DataSource}. H2 (embedded) and
 * PostgreSQL are supported; the host brings the driver.
 */
module io.pactum.jdbc {
    requires transitive io.pactum.spi;
    requires transitive java.sql;
    requires static org.jspecify;

    exports io.pactum.jdbc;
}
