package io.pactum.jdbc.internal;

import io.pactum.core.codec.ContractJson;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Party;
import io.pactum.core.error.PactumException;
import io.pactum.jdbc.JdbcError;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.Page;
import io.pactum.spi.port.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The SQL of contracts: one row per contract in {@code pactum_contract} (the codec's JSON plus the
 * queried fields) and its counterparties in {@code pactum_contract_party}.
 */
public final class ContractRows {

    private static final String COLUMNS = "revision, number, status, contract_type, department, effective_date, "
            + "value_amount, value_currency, search_text, body";

    private ContractRows() {
    }

    /** The stored contract, if any. */
    public static Optional<Contract> get(Connection c, String tenant, ContractId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM pactum_contract WHERE tenant = ? AND id = ?")) {
            ps.setString(1, tenant);
            ps.setString(2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(parse(rs.getString(1), tenant, id.value())) : Optional.empty();
            }
        }
    }

    /**
     * A compare-and-set save inside the caller's transaction: an insert for revision 0 that does
     * nothing if the id is taken, otherwise an update conditioned on the revision. A write that
     * touches no row is a conflict, and nothing was written.
     */
    public static Contract save(Connection c, Dialect dialect, String tenant, Contract contract, long expectedRevision)
            throws SQLException {
        Contract saved = contract.withRevision(expectedRevision + 1);
        String id = saved.id().value();
        int written;
        if (expectedRevision == 0) {
            try (PreparedStatement ps = c.prepareStatement(dialect.insertIfAbsent("INSERT INTO pactum_contract (tenant, id, "
                    + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + dialect.json() + ")"))) {
                ps.setString(1, tenant);
                ps.setString(2, id);
                bindColumns(ps, 3, saved);
                written = dialect.executeInsertIfAbsent(ps);
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pactum_contract SET revision = ?, number = ?, status = ?, "
                    + "contract_type = ?, department = ?, effective_date = ?, value_amount = ?, value_currency = ?, "
                    + "search_text = ?, body = " + dialect.json() + " WHERE tenant = ? AND id = ? AND revision = ?")) {
                int next = bindColumns(ps, 1, saved);
                ps.setString(next, tenant);
                ps.setString(next + 1, id);
                ps.setLong(next + 2, expectedRevision);
                written = ps.executeUpdate();
            }
            if (written == 1) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM pactum_contract_party WHERE tenant = ? AND contract_id = ?")) {
                    ps.setString(1, tenant);
                    ps.setString(2, id);
                    ps.executeUpdate();
                }
            }
        }
        if (written != 1) {
            throw new RevisionConflictException(saved.id(), expectedRevision, revision(c, tenant, id));
        }
        insertCounterparties(c, tenant, saved);
        return saved;
    }

    /** One page of matches, with the total, from one statement (one snapshot). */
    public static Page<Contract> find(Connection c, String tenant, ContractQuery query, PageRequest page)
            throws SQLException {
        Where where = where(tenant, query);
        List<Contract> items = new ArrayList<>();
        long total = -1;
        try (PreparedStatement ps = c.prepareStatement("SELECT body, COUNT(*) OVER () FROM pactum_contract c WHERE "
                + where.sql() + " ORDER BY number, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            int next = where.bind(ps, 1);
            ps.setLong(next, page.offset());
            ps.setInt(next + 1, page.size());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(parse(rs.getString(1), tenant, "?"));
                    total = rs.getLong(2);
                }
            }
        }
        if (total < 0) {
            // past the last page (or nothing matches): the window count had no row to ride on
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pactum_contract c WHERE " + where.sql())) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        }
        return new Page<>(items, total, page);
    }

    /** The statement of a scan, ready to execute; the caller owns it. */
    public static PreparedStatement scan(Connection c, String tenant, ContractQuery query, int fetchSize)
            throws SQLException {
        Where where = where(tenant, query);
        PreparedStatement ps = c.prepareStatement("SELECT body FROM pactum_contract c WHERE " + where.sql()
                + " ORDER BY number, id");
        try {
            ps.setFetchSize(fetchSize);
            where.bind(ps, 1);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** Reads a stored body. */
    public static Contract parse(String body, String tenant, String id) {
        try {
            return ContractJson.read(body);
        } catch (PactumException e) {
            throw new PactumException(JdbcError.CORRUPTED_ROW, "body", "the stored contract " + id + " of tenant "
                    + tenant + " is not a contract Pactum wrote: " + e.getMessage(), e);
        }
    }

    /**
     * The text keyword search looks in: what {@link ContractQuery#matches} searches, lower-cased the
     * same way, so a keyword is a substring test on one column.
     */
    static String searchText(Contract c) {
        StringBuilder text = new StringBuilder().append(c.number()).append('\n').append(c.title());
        for (Party p : c.parties()) {
            text.append('\n').append(p.name());
        }
        for (String tag : c.tags()) {
            text.append('\n').append(tag);
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static long revision(Connection c, String tenant, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM pactum_contract WHERE tenant = ? AND id = ?")) {
            ps.setString(1, tenant);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static int bindColumns(PreparedStatement ps, int from, Contract c) throws SQLException {
        int i = from;
        ps.setLong(i++, c.revision());
        ps.setString(i++, c.number());
        ps.setString(i++, c.status().name());
        ps.setString(i++, c.type().value());
        ps.setString(i++, c.department().value());
        ps.setObject(i++, c.term().effectiveDate());
        ps.setBigDecimal(i++, c.value().amount());
        ps.setString(i++, c.value().currency().getCurrencyCode());
        ps.setString(i++, searchText(c));
        ps.setString(i++, ContractJson.writeCompact(c));
        return i;
    }

    private static void insertCounterparties(Connection c, String tenant, Contract contract) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        for (Party p : contract.counterparties()) {
            ids.add(p.id().value());
        }
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO pactum_contract_party (tenant, contract_id, party_id) VALUES (?, ?, ?)")) {
            for (String party : ids) {
                ps.setString(1, tenant);
                ps.setString(2, contract.id().value());
                ps.setString(3, party);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Where where(String tenant, ContractQuery q) {
        Where w = new Where();
        w.and("c.tenant = ?", tenant);
        if (q.number() != null) {
            w.and("c.number = ?", q.number());
        }
        if (q.counterparty() != null) {
            w.and("EXISTS (SELECT 1 FROM pactum_contract_party p WHERE p.tenant = c.tenant AND p.contract_id = c.id "
                    + "AND p.party_id = ?)", q.counterparty().value());
        }
        w.in("c.status", q.statuses().stream().map(ContractStatus::name).sorted().toList());
        w.in("c.contract_type", q.types().stream().map(ContractTypeId::value).sorted().toList());
        w.in("c.department", q.departments().stream().map(DepartmentId::value).sorted().toList());
        if (q.effectiveFrom() != null) {
            w.and("c.effective_date >= ?", q.effectiveFrom());
        }
        if (q.effectiveTo() != null) {
            w.and("c.effective_date <= ?", q.effectiveTo());
        }
        if (q.minValue() != null) {
            w.and("c.value_currency = ?", q.minValue().currency().getCurrencyCode());
            w.and("c.value_amount >= ?", q.minValue().amount());
        }
        if (q.maxValue() != null) {
            w.and("c.value_currency = ?", q.maxValue().currency().getCurrencyCode());
            w.and("c.value_amount <= ?", q.maxValue().amount());
        }
        for (String k : q.keywords()) {
            // POSITION rather than LIKE: a keyword's % and _ are plain characters, nothing to escape
            w.and("POSITION(? IN c.search_text) > 0", k);
        }
        return w;
    }

    /** A WHERE clause and its parameters, in order. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        void and(String condition, Object... values) {
            if (sql.length() > 0) {
                sql.append(" AND ");
            }
            sql.append(condition);
            params.addAll(List.of(values));
        }

        void in(String column, List<String> values) {
            if (!values.isEmpty()) {
                and(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")",
                        values.toArray());
            }
        }

        String sql() {
            return sql.toString();
        }

        int bind(PreparedStatement ps, int from) throws SQLException {
            int i = from;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            return i;
        }
    }
}
