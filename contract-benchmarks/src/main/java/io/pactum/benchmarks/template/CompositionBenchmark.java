package io.pactum.benchmarks.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.pactum.core.clause.Approval;
import io.pactum.core.clause.Clause;
import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.clause.ClauseId;
import io.pactum.core.clause.ClauseLibrary;
import io.pactum.core.clause.ClauseStatus;
import io.pactum.core.clause.ClauseVariant;
import io.pactum.core.clause.ClauseVersion;
import io.pactum.core.clause.ContractLocale;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.core.template.Applicability;
import io.pactum.core.template.ClauseRef;
import io.pactum.core.template.ComposedDocument;
import io.pactum.core.template.CompositionRequest;
import io.pactum.core.template.PartyDetails;
import io.pactum.core.template.Section;
import io.pactum.core.template.TemplateComposer;
import io.pactum.core.template.TemplateId;
import io.pactum.core.template.TemplateStatus;
import io.pactum.core.template.TemplateVersion;
import io.pactum.core.template.VariableDefinition;
import io.pactum.core.template.VariableSchema;
import io.pactum.core.template.VariableType;
import io.pactum.core.template.VariableValue;
import io.pactum.core.template.VariableValues;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Composes a 40-clause English contract with 60 variables (19 strings, 10 amounts, 10 dates, 10
 * integers, 8 percentages, a party, a 20-row line-item list and its total) and renders the same Markdown
 * text with Mustache.java from pre-formatted strings, without validation. The setup checks that
 * both produce identical text.
 *
 * <p>{@code composePactum} includes everything a composition does before it hands back the text:
 * checking all 60 values against the schema, condition evaluation, numbering, cross-references,
 * formatting every value, the Markdown text and the deviation report (the template's static checks
 * are cached per template version, as in production). {@code composePactumAllRenderings} adds the
 * HTML and plain-text renderings and the SHA-256 fingerprint, which a document makes on first use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompositionBenchmark {

    private static final int CLAUSES = 40;
    private static final int ROWS = 20;
    private static final String FILLER = " Each party shall perform its obligations under this clause in good faith,"
            + " with due care and in accordance with applicable law, and shall give the other party prompt written"
            + " notice of any circumstance that may prevent or delay performance.";

    private TemplateComposer composer;
    private CompositionRequest request;
    private Mustache mustache;
    private Map<String, Object> scope;

    /** Builds the template, the values and the equivalent Mustache template, and checks both agree. */
    @Setup
    public void setUp() throws IOException {
        Approval approval = new Approval(UserId.of("legal"), Instant.parse("2026-01-01T00:00:00Z"));
        List<Clause> clauses = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        StringBuilder mustacheText = new StringBuilder("# Supply Agreement\n");
        ClauseCategory[] categories = ClauseCategory.values();
        for (int i = 0; i < CLAUSES; i++) {
            String pactumBody;
            String mustacheBody;
            if (i == 5) {
                pactumBody = "The goods are:\n\n| No. | Item | Qty | Unit price | Amount |\n|---|---|---|---|---|\n"
                        + "{{#each lineItems}}\n| {{@number}} | {{description}} | {{quantity}} | {{unitPrice}} | "
                        + "{{lineTotal}} |\n{{/each}}\n\nTotal: {{total}}, payable to {{seller.name}}.";
                mustacheBody = "The goods are:\n\n| No. | Item | Qty | Unit price | Amount |\n|---|---|---|---|---|\n"
                        + "{{#lineItems}}| {{number}} | {{description}} | {{quantity}} | {{unitPrice}} | {{lineTotal}} |\n"
                        + "{{/lineItems}}\n\nTotal: {{total}}, payable to {{sellerName}}.";
            } else {
                String common = "Clause " + i + ": the {{s" + (i % 19) + "}} shall be delivered by {{d" + (i % 10)
                        + "}} for {{m" + (i % 10) + "}}, with a tolerance of {{p" + (i % 8) + "}} and at most {{i"
                        + (i % 10) + "}} units." + FILLER;
                pactumBody = common + "{{#if i" + (i % 10) + " > 50}} Larger quantities need a delivery plan.{{/if}}";
                mustacheBody = common + "{{#big" + (i % 10) + "}} Larger quantities need a delivery plan.{{/big"
                        + (i % 10) + "}}";
            }
            String title = "Clause title " + i;
            ClauseId id = ClauseId.of("bench." + i);
            clauses.add(new Clause(id, categories[i % categories.length], List.of(new ClauseVersion(1,
                    ClauseStatus.APPROVED, approval, ContractLocale.EN, title, List.of(ClauseVariant.standard(pactumBody))))));
            sections.add(Section.clause("c" + i, new ClauseRef(id, null)));
            mustacheText.append("\n## ").append(i + 1).append(". ").append(title).append("\n\n").append(mustacheBody)
                    .append('\n');
        }

        List<VariableDefinition> defs = new ArrayList<>();
        VariableValues.Builder values = VariableValues.builder();
        scope = new HashMap<>();
        for (int k = 0; k < 19; k++) {
            defs.add(VariableDefinition.required("s" + k, VariableType.STRING));
            values.text("s" + k, "component " + k);
            scope.put("s" + k, "component " + k);
        }
        for (int k = 0; k < 10; k++) {
            defs.add(VariableDefinition.required("m" + k, VariableType.MONEY));
            values.money("m" + k, Money.of(new BigDecimal(12_345 * (k + 1) + ".50"), "USD"));
            scope.put("m" + k, "USD " + String.format("%,d", 12_345 * (k + 1)) + ".50");
            defs.add(VariableDefinition.required("d" + k, VariableType.DATE));
            values.date("d" + k, LocalDate.of(2027, 1 + k, 10 + k));
            scope.put("d" + k, (10 + k) + " " + java.time.Month.of(1 + k).getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH) + " 2027");
            defs.add(VariableDefinition.required("i" + k, VariableType.INTEGER));
            values.integer("i" + k, 10 * k);
            scope.put("i" + k, Integer.toString(10 * k));
            scope.put("big" + k, 10 * k > 50);
        }
        for (int k = 0; k < 8; k++) {
            defs.add(VariableDefinition.required("p" + k, VariableType.PERCENT));
            values.percent("p" + k, k + ".5");
            scope.put("p" + k, k + ".5%");
        }
        defs.add(VariableDefinition.required("seller", VariableType.PARTY));
        values.party("seller", PartyDetails.named("Northwind Devices Ltd"));
        scope.put("sellerName", "Northwind Devices Ltd");
        defs.add(VariableDefinition.listOf("lineItems", List.of(
                VariableDefinition.required("description", VariableType.STRING),
                VariableDefinition.required("quantity", VariableType.INTEGER),
                VariableDefinition.required("unitPrice", VariableType.MONEY),
                VariableDefinition.required("lineTotal", VariableType.MONEY))));
        defs.add(VariableDefinition.required("total", VariableType.MONEY));
        List<Map<String, VariableValue>> rows = new ArrayList<>();
        List<Map<String, Object>> mustacheRows = new ArrayList<>();
        long total = 0;
        for (int r = 0; r < ROWS; r++) {
            long unit = 100 + r;
            long qty = r + 1;
            total += unit * qty;
            rows.add(Map.of("description", VariableValue.text("Item " + r), "quantity", VariableValue.integer(qty),
                    "unitPrice", VariableValue.money(Money.of(unit, "USD")),
                    "lineTotal", VariableValue.money(Money.of(unit * qty, "USD"))));
            mustacheRows.add(Map.of("number", Integer.toString(r + 1), "description", "Item " + r, "quantity",
                    Long.toString(qty), "unitPrice", "USD " + String.format("%,d", unit) + ".00",
                    "lineTotal", "USD " + String.format("%,d", unit * qty) + ".00"));
        }
        values.list("lineItems", rows);
        values.money("total", Money.of(total, "USD"));
        scope.put("lineItems", mustacheRows);
        scope.put("total", "USD " + String.format("%,d", total) + ".00");
        if (defs.size() != 60) {
            throw new IllegalStateException("expected 60 variables, got " + defs.size());
        }

        TemplateVersion template = new TemplateVersion(TemplateId.of("bench"), 1, TemplateStatus.PUBLISHED,
                ContractTypeId.of("supply"), ContractLocale.EN, "Supply Agreement", new VariableSchema(defs), sections,
                Applicability.anywhere());
        composer = TemplateComposer.of(ClauseLibrary.of(clauses));
        request = CompositionRequest.of(template, values.build());
        mustache = new RawMustacheFactory().compile(new StringReader(mustacheText.toString()), "bench");

        String pactum = composePactum();
        String peer = renderMustache();
        if (!pactum.equals(peer)) {
            throw new IllegalStateException("the two renderings differ:\n--- pactum\n" + pactum + "\n--- mustache\n" + peer);
        }
    }

    /**
     * Pactum: validate the values, compose, number, resolve references, render the Markdown text
     * (the same text Mustache.java renders) and report deviations.
     */
    @Benchmark
    public String composePactum() {
        return composer.compose(request).markdown();
    }

    /** Pactum, all outputs: as {@link #composePactum()} plus the HTML and plain-text renderings and the SHA-256. */
    @Benchmark
    public void composePactumAllRenderings(Blackhole blackhole) {
        ComposedDocument doc = composer.compose(request);
        blackhole.consume(doc.markdown());
        blackhole.consume(doc.html());
        blackhole.consume(doc.plainText());
        blackhole.consume(doc.fingerprint());
    }

    /** Mustache.java: render the same Markdown from pre-formatted strings, no validation. */
    @Benchmark
    public String renderMustache() {
        StringWriter out = new StringWriter(16_384);
        mustache.execute(out, scope);
        return out.toString();
    }

    /** Mustache.java without HTML escaping, so both produce the same text. */
    private static final class RawMustacheFactory extends DefaultMustacheFactory {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
