package io.pactum.benchmarks.risk;

import io.pactum.core.contract.ContractStatus;
import io.pactum.rules.risk.ObligationKind;
import io.pactum.rules.risk.ObligationSnapshot;
import io.pactum.rules.risk.RiskSnapshot;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same risk rules as one SQL query over an embedded H2 in-memory database holding the same
 * portfolio (contracts and obligations tables, dates as epoch days, amounts as minor units):
 * {@link #sqlQuery} measures the query alone, {@link #sqlLoadAndQuery} loading the tables and
 * querying, once. The contract status is copied onto each obligation row (denormalised): H2 joins
 * 10,000,000 rows far slower than it scans them.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx7g", "-XX:+UseParallelGC"})
public class RiskSqlBenchmark {

    @Param("1000000")
    int contracts;

    private RiskSnapshot[] portfolio;
    private int db;

    @Setup
    public void setUp() {
        portfolio = RiskData.portfolio(contracts, 20_261_123L);
    }

    /** The loaded database, set up only for the query-only benchmark. */
    @State(Scope.Benchmark)
    public static class Loaded {
        Connection connection;

        @Setup
        public void setUp(RiskSqlBenchmark data) throws SQLException {
            long start = System.nanoTime();
            connection = data.load();
            System.out.printf("%n[risk-sql] load %,d ms%n", (System.nanoTime() - start) / 1_000_000);
        }

        @TearDown
        public void tearDown() throws SQLException {
            connection.close();
        }
    }

    Connection load() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:risk" + (db++) + ";DB_CLOSE_DELAY=0;OPTIMIZE_REUSE_RESULTS=FALSE;QUERY_CACHE_SIZE=0");
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE contracts (id INT PRIMARY KEY, status TINYINT, party INT, dept INT,"
                    + " value_minor BIGINT, expiry INT, cancel_by INT, renewal INT, ceiling BIGINT, spent BIGINT,"
                    + " approval_due INT, signature_sent INT, amendments_90 INT, deviations INT, missing INT)");
            st.execute("CREATE TABLE obligations (contract_id INT, status TINYINT, kind TINYINT, due INT, fulfilled INT,"
                    + " outstanding BIGINT)");
        }
        c.setAutoCommit(false);
        int asOf = (int) RiskData.AS_OF.toEpochDay();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (PreparedStatement pc = c.prepareStatement("INSERT INTO contracts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement po = c.prepareStatement("INSERT INTO obligations VALUES (?,?,?,?,?,?)")) {
            for (int i = 0; i < portfolio.length; i++) {
                RiskSnapshot s = portfolio[i];
                pc.setInt(1, i);
                pc.setInt(2, s.status().ordinal());
                pc.setInt(3, Integer.parseInt(s.counterpartyId().value().substring(2)));
                pc.setInt(4, Integer.parseInt(s.department().value().substring(2)));
                pc.setLong(5, s.value().minorUnits().longValue());
                setDay(pc, 6, s.expiryDate());
                setDay(pc, 7, s.cancelByDate());
                setDay(pc, 8, s.autoRenewalDate());
                if (s.budgetCeiling() != null) {
                    pc.setLong(9, s.budgetCeiling().minorUnits().longValue());
                    pc.setLong(10, s.spent().minorUnits().longValue());
                } else {
                    pc.setNull(9, java.sql.Types.BIGINT);
                    pc.setNull(10, java.sql.Types.BIGINT);
                }
                setDay(pc, 11, s.approvalDueAt() == null ? null : LocalDate.ofInstant(s.approvalDueAt(), zone));
                setDay(pc, 12, s.signatureSentOn());
                // the churn window is precomputed at load: SQL has no arrays in this schema
                pc.setInt(13, (int) s.amendmentDates().stream()
                        .filter(d -> d.toEpochDay() <= asOf && d.toEpochDay() > asOf - 90).count());
                java.util.Set<String> dev = new java.util.HashSet<>(s.deviations().fallbackCategories());
                dev.addAll(s.deviations().editedCategories());
                pc.setInt(14, dev.size());
                pc.setInt(15, s.deviations().missingMandatoryCategories().size());
                pc.addBatch();
                for (ObligationSnapshot o : s.obligations()) {
                    po.setInt(1, i);
                    po.setInt(2, s.status().ordinal());
                    po.setInt(3, o.kind().ordinal());
                    po.setInt(4, (int) o.dueDate().toEpochDay());
                    po.setInt(5, o.fulfilledOn() == null ? Integer.MAX_VALUE : (int) o.fulfilledOn().toEpochDay());
                    po.setLong(6, o.outstanding() == null ? -1 : o.outstanding().minorUnits().longValue());
                    po.addBatch();
                }
                if (i % 5_000 == 4_999) {
                    pc.executeBatch();
                    po.executeBatch();
                }
            }
            pc.executeBatch();
            po.executeBatch();
        }
        c.commit();
        return c;
    }

    private static void setDay(PreparedStatement p, int index, LocalDate d) throws SQLException {
        if (d == null) {
            p.setNull(index, java.sql.Types.INTEGER);
        } else {
            p.setInt(index, (int) d.toEpochDay());
        }
    }

    /** Counts the alerts every rule raises, in one statement. */
    private static long query(Connection c) throws SQLException {
        int asOf = (int) RiskData.AS_OF.toEpochDay();
        String inForce = "(" + ContractStatus.SIGNED.ordinal() + "," + ContractStatus.ACTIVE.ordinal() + ","
                + ContractStatus.SUSPENDED.ordinal() + ")";
        StringBuilder signed = new StringBuilder("(");
        StringBuilder open = new StringBuilder("(");
        for (ContractStatus s : ContractStatus.values()) {
            if (s.isSigned() && s != ContractStatus.ARCHIVED) {
                signed.append(signed.length() > 1 ? "," : "").append(s.ordinal());
            }
            if (s.ordinal() <= ContractStatus.SUSPENDED.ordinal()) {
                open.append(open.length() > 1 ? "," : "").append(s.ordinal());
            }
        }
        signed.append(')');
        open.append(')');
        int payIn = ObligationKind.PAYMENT_IN.ordinal();
        int payOut = ObligationKind.PAYMENT_OUT.ordinal();
        int delivery = ObligationKind.DELIVERY.ordinal();
        String sql = "SELECT"
                + " (SELECT COUNT(*) FROM contracts WHERE status IN " + inForce + " AND expiry - 30 <= " + asOf
                + "   AND " + asOf + " <= expiry)"
                + " + (SELECT COUNT(*) FROM contracts WHERE status IN " + inForce + " AND cancel_by - 14 <= " + asOf
                + "   AND " + asOf + " <= cancel_by)"
                + " + (SELECT COUNT(*) FROM contracts WHERE status IN " + inForce + " AND renewal - 30 <= " + asOf
                + "   AND " + asOf + " <= renewal)"
                + " + (SELECT COUNT(*) FROM obligations o"
                + "   WHERE o.fulfilled > " + asOf + " AND ("
                + "     (o.status IN " + signed + " AND o.kind IN (" + payIn + "," + payOut + ") AND o.due < " + asOf
                + "       AND (o.outstanding <> 0 OR o.fulfilled <> " + Integer.MAX_VALUE + "))"
                + "     OR (o.status IN " + inForce + " AND o.kind = " + delivery + " AND o.due < " + asOf + ")"
                + "     OR (o.status IN " + inForce + " AND o.kind > " + delivery + " AND o.due + 5 < " + asOf + ")))"
                + " + (SELECT COUNT(*) FROM contracts WHERE status IN " + inForce + " AND ceiling IS NOT NULL"
                + "   AND (spent > ceiling OR spent * 100 >= ceiling * 80))"
                + " + (SELECT COALESCE(SUM(deviations + missing), 0) FROM contracts WHERE status IN " + open + ")"
                + " + (SELECT COUNT(*) FROM contracts WHERE status = " + ContractStatus.IN_APPROVAL.ordinal()
                + "   AND approval_due < " + asOf + ")"
                + " + (SELECT COUNT(*) FROM contracts WHERE status = " + ContractStatus.IN_SIGNATURE.ordinal()
                + "   AND signature_sent + 14 <= " + asOf + ")"
                + " + (SELECT COUNT(*) FROM contracts WHERE status IN " + inForce + " AND amendments_90 > 2)"
                + " + (SELECT COUNT(*) FROM (SELECT party, SUM(value_minor) v FROM contracts WHERE status IN "
                + inForce + " GROUP BY party) p,"
                + "   (SELECT SUM(value_minor) t FROM contracts WHERE status IN " + inForce + ") total"
                + "   WHERE p.v * 10000 > total.t)";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public long sqlQuery(Loaded loaded) throws SQLException {
        return query(loaded.connection);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public long sqlLoadAndQuery() throws SQLException {
        try (Connection c = load()) {
            long alerts = query(c);
            System.out.printf("%n[risk-sql] %,d alerts%n", alerts);
            return alerts;
        }
    }
}
