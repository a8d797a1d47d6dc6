package io.pactum.benchmarks.approval;

import io.pactum.core.money.Money;
import io.pactum.rules.approval.ApprovalRouter;
import io.pactum.rules.approval.AuthorityLimit;
import io.pactum.rules.approval.OrgStructure;
import io.pactum.rules.facts.RateSource;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.mvel.MVELRule;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Routes generated contracts through a 50-rule approval policy, single thread: Pactum's compiled
 * policy, the same policy hand-coded in plain Java (the floor), Easy Rules 4.1 with MVEL rules,
 * and Drools (stateless session over a rule base built in setup).
 *
 * <p>1,000,000 contracts are generated once; each operation routes the next {@value #BATCH} of
 * them, so the measurement walks through the whole set. Every engine's routes for all 1,000,000
 * contracts are checked against the hand-coded ones in setup.
 *
 * <p>Run: {@code java -jar contract-benchmarks/target/benchmarks.jar ApprovalRouting -f 2 -wi 3 -w 2s -i 5 -r 2s}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ApprovalRoutingBenchmark {

    static final int CONTRACTS = 1_000_000;
    static final int BATCH = 10_000;

    /** The generated contracts and the hand-coded routes every engine must reproduce. */
    @State(Scope.Benchmark)
    public static class Data {
        Contracts contracts;
        RouteBook book;
        String[] expected;
        int cursor;

        /** Generates the contracts and the expected routes. */
        @Setup(Level.Trial)
        public void generate() {
            contracts = new Contracts(CONTRACTS, 20261123L);
            book = new RouteBook();
            expected = new String[CONTRACTS];
            for (int i = 0; i < CONTRACTS; i++) {
                expected[i] = book.route(HandCoded.match(contracts.beans[i]));
            }
        }

        int next() {
            int start = cursor;
            cursor = start + BATCH >= CONTRACTS ? 0 : start + BATCH;
            return start;
        }

        void check(String engine, int i, String actual) {
            if (!expected[i].equals(actual)) {
                throw new IllegalStateException(engine + " routes contract " + i + " to " + actual + ", hand-coded to "
                        + expected[i]);
            }
        }
    }

    /** Pactum's compiled policy. */
    @State(Scope.Benchmark)
    public static class Pactum {
        ApprovalRouter router;
        final RateSource rates = RateSource.sameCurrencyOnly();

        /** Compiles the policy and checks every route. */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            router = ApprovalRouter.compile(BenchPolicy.pactum());
            for (int i = 0; i < CONTRACTS; i++) {
                data.check("pactum", i, RouteBook.of(router.plan(data.contracts.facts[i], rates)));
            }
        }
    }

    /** Pactum's full route: people resolved, separation of duties and authority checked, stages explained. */
    @State(Scope.Benchmark)
    public static class PactumFull {
        ApprovalRouter router;
        OrgStructure org;
        final RateSource rates = RateSource.sameCurrencyOnly();
        final LocalDate on = LocalDate.of(2026, 11, 23);

        /** Compiles the policy and builds an organisation holding every role. */
        @Setup(Level.Trial)
        public void setUp() {
            router = ApprovalRouter.compile(BenchPolicy.pactum());
            OrgStructure.Builder b = OrgStructure.builder().person("u-ceo", "board", null, "ceo");
            for (String role : new String[] {"finance", "legal", "compliance", "controller", "regional-director",
                    "risk-officer"}) {
                b.person("u-" + role, "central", "u-ceo", role);
                b.authority(AuthorityLimit.forRole(role, null, Money.of(1_000_000_000, "CNY")));
            }
            for (String dept : new String[] {"sales", "procurement", "it", "hr"}) {
                b.person("u-head-" + dept, dept, "u-ceo", "dept-head").departmentHead(dept, "u-head-" + dept);
            }
            b.person("u-owner", "sales", "u-head-sales").person("u-submitter", "sales", "u-owner");
            b.authority(AuthorityLimit.forRole("dept-head", null, Money.of(1_000_000_000, "CNY")));
            b.authority(AuthorityLimit.forRole("ceo", null, Money.of(1_000_000_000, "CNY")));
            org = b.build();
        }
    }

    /** Easy Rules with MVEL rules. */
    @State(Scope.Benchmark)
    public static class EasyRules {
        DefaultRulesEngine engine;
        Rules rules;
        final Facts facts = new Facts();
        final Matched out = new Matched();

        /** Registers the MVEL rules and checks routes. */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            rules = new Rules();
            for (BenchPolicy.Spec s : BenchPolicy.specs()) {
                rules.register(new MVELRule().name("r" + s.index()).priority(s.index()).when(s.mvel())
                        .then("out.add(" + s.index() + ");"));
            }
            engine = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(false));
            facts.put("out", out);
            for (int i = 0; i < CONTRACTS; i++) {
                data.check("easy-rules", i, data.book.route(match(data.contracts.beans[i])));
            }
        }

        long match(BenchFact f) {
            facts.put("f", f);
            engine.fire(rules, facts);
            long bits = out.take();
            return bits == 0 ? 1L << BenchPolicy.CATCH_ALL : bits;
        }
    }

    /** Drools, stateless session. */
    @State(Scope.Benchmark)
    public static class Drools {
        StatelessKieSession session;
        final Matched out = new Matched();

        /** Builds the rule base from DRL and checks routes. */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            KieBase base = new KieHelper().addContent(BenchPolicy.drl(), ResourceType.DRL).build();
            session = base.newStatelessKieSession();
            session.setGlobal("out", out);
            for (int i = 0; i < CONTRACTS; i++) {
                data.check("drools", i, data.book.route(match(data.contracts.beans[i])));
            }
        }

        long match(BenchFact f) {
            session.execute(f);
            long bits = out.take();
            return bits == 0 ? 1L << BenchPolicy.CATCH_ALL : bits;
        }
    }

    /** Pactum: compiled conditions, plans shared per set of applying rules. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void pactum(Data data, Pactum p, Blackhole bh) {
        int start = data.next();
        for (int i = start; i < start + BATCH; i++) {
            bh.consume(p.router.plan(data.contracts.facts[i], p.rates));
        }
    }

    /**
     * Pactum's full route with people, separation of duties, authority and explanations: more work
     * than the peers do, shown for scale; not part of the comparison.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void pactumFullRoute(Data data, PactumFull p, Blackhole bh) {
        int start = data.next();
        for (int i = start; i < start + BATCH; i++) {
            bh.consume(p.router.route(data.contracts.facts[i], p.org, p.rates, p.on));
        }
    }

    /** The floor: the policy as plain Java. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void handCoded(Data data, Blackhole bh) {
        int start = data.next();
        for (int i = start; i < start + BATCH; i++) {
            bh.consume(data.book.route(HandCoded.match(data.contracts.beans[i])));
        }
    }

    /** Easy Rules 4.1 with MVEL rules. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void easyRules(Data data, EasyRules e, Blackhole bh) {
        int start = data.next();
        for (int i = start; i < start + BATCH; i++) {
            bh.consume(data.book.route(e.match(data.contracts.beans[i])));
        }
    }

    /** Drools, stateless session. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void drools(Data data, Drools d, Blackhole bh) {
        int start = data.next();
        for (int i = start; i < start + BATCH; i++) {
            bh.consume(data.book.route(d.match(data.contracts.beans[i])));
        }
    }
}
