package io.pactum.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.clause.ClauseLibrary;
import io.pactum.core.clause.ContractLocale;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of composition over the sales template and over generated section trees. */
class CompositionProperties {

    private static final TemplateComposer COMPOSER = TemplateComposer.of(Fixtures.library());
    private static final TemplateVersion SALES = Fixtures.published("sales-en");
    private static final TemplateVersion SERVICE = Fixtures.published("service-zh");
    private static final VariableValues SERVICE_VALUES = Fixtures.values("service-zh");

    // ---- any valid assignment composes ------------------------------------------------------

    @Property
    void compose_anyValidAssignment_composesAndShowsEveryValueVerbatim(@ForAll("salesValues") VariableValues values) {
        ComposedDocument doc = COMPOSER.compose(CompositionRequest.of(SALES, values));

        for (Map<String, VariableValue> row : rows(values)) {
            String description = ((VariableValue.Text) row.get("description")).value();
            assertTrue(doc.markdown().contains("| " + description + " |"), description);
            // HTML table cells are trimmed; markup characters in values are escaped.
            assertTrue(doc.html().contains("<td>" + html(description.strip()) + "</td>"), description);
        }
        String place = ((VariableValue.Text) values.get("deliveryPlace").orElseThrow()).value();
        assertTrue(doc.plainText().contains(place));
        assertTrue(doc.deviations().isStandard());
    }

    @Property(tries = 300)
    void compose_chineseServiceWithAnyPricesAndMilestones_composesWithConsecutiveArticles(
            @ForAll @IntRange(min = 0, max = 1_000_000_000) int totalMinorHigh,
            @ForAll @IntRange(min = 0, max = 12) int milestones, @ForAll boolean onsite,
            @ForAll @IntRange(min = 0, max = 30) int retentionRate) {
        Money total = Money.ofMinor(totalMinorHigh * 100L, java.util.Currency.getInstance("CNY"));
        List<Map<String, VariableValue>> rows = new ArrayList<>();
        for (int i = 0; i < milestones; i++) {
            rows.add(Map.of("name", VariableValue.text("第" + (i + 1) + "期"), "amount", VariableValue.money(total),
                    "share", VariableValue.percent("10"), "dueDate", VariableValue.date(LocalDate.of(2027, 1, 1).plusMonths(i))));
        }
        VariableValues values = SERVICE_VALUES
                .with("totalPrice", VariableValue.money(total))
                .with("milestones", VariableValue.list(rows))
                .with("onsiteSupport", VariableValue.bool(onsite))
                .with("retentionRate", VariableValue.percent(Integer.toString(retentionRate)));
        values = onsite ? values : values.without("onsiteStaff");

        ComposedDocument doc = COMPOSER.compose(CompositionRequest.of(SERVICE, values));

        assertTrue(doc.markdown().contains("（大写：人民币"));
        List<String> articles = doc.numbering().entrySet().stream().filter(e -> e.getValue().startsWith("第"))
                .map(Map.Entry::getValue).toList();
        List<String> expected = List.of("第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条");
        assertEquals(expected.subList(0, onsite ? 9 : 8), articles);
        assertEquals(retentionRate > 0, doc.markdown().contains("无息支付"));
    }

    // ---- any single invalid value is reported with its path ----------------------------------

    @Property
    void compose_anySingleInvalidValue_isReportedAloneWithItsPath(@ForAll("salesValues") VariableValues values,
            @ForAll @IntRange(min = 0, max = 5) int mutation, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        List<String> required = List.of("contractDate", "seller", "buyer", "total", "paymentTerm", "incoterm",
                "deliveryPlace", "deliveryDate", "warrantyPeriod", "governingLaw", "courts");
        String name = required.get(pick % required.size());
        List<Map<String, VariableValue>> rows = rows(values);
        VariableValues bad;
        String path;
        TemplateError code;
        if (mutation == 0) {
            bad = values.without(name);
            path = name;
            code = TemplateError.MISSING_VALUE;
        } else if (mutation == 1) {
            VariableDefinition d = SALES.schema().find(name).orElseThrow();
            VariableValue wrong = d.type() == VariableType.STRING || d.type() == VariableType.ENUM
                    ? VariableValue.integer(pick) : VariableValue.text("x" + pick);
            bad = values.with(name, wrong);
            path = name;
            code = TemplateError.TYPE_MISMATCH;
        } else if (mutation == 2) {
            bad = values.with("extra" + pick, VariableValue.text("x"));
            path = "extra" + pick;
            code = TemplateError.UNKNOWN_VARIABLE;
        } else if (mutation == 5) {
            bad = values.with("incoterm", VariableValue.text("XX" + pick));
            path = "incoterm";
            code = TemplateError.VALUE_NOT_ALLOWED;
        } else if (rows.isEmpty()) {
            bad = values.without("total");
            path = "total";
            code = TemplateError.MISSING_VALUE;
        } else {
            int i = pick % rows.size();
            List<Map<String, VariableValue>> changed = new ArrayList<>(rows);
            Map<String, VariableValue> row = new HashMap<>(rows.get(i));
            if (mutation == 3) {
                row.put("quantity", VariableValue.text("many"));
                path = "lineItems[" + i + "].quantity";
                code = TemplateError.TYPE_MISMATCH;
            } else {
                row.remove("description");
                path = "lineItems[" + i + "].description";
                code = TemplateError.MISSING_VALUE;
            }
            changed.set(i, row);
            bad = values.with("lineItems", VariableValue.list(changed));
        }
        VariableValues finalBad = bad;

        ValidationException e = assertThrows(ValidationException.class,
                () -> COMPOSER.compose(CompositionRequest.of(SALES, finalBad)));

        assertEquals(1, e.violations().size(), e::getMessage);
        assertEquals(path, e.violations().get(0).path());
        assertEquals(code, e.violations().get(0).code());
    }

    // ---- numbering and cross-references -----------------------------------------------------

    @Property
    void compose_anySectionTree_numbersConsecutivelyAndReferencesFollow(@ForAll("trees") Tree tree) {
        ComposedDocument doc = compose(tree.sections(), tree.omitted());

        checkNumbering(tree.sections(), tree.omitted(), "", doc);
        checkReferences(tree.sections(), tree.omitted(), doc);
    }

    @Property
    void compose_sectionInserted_shiftsLaterNumbersAndReferencesFollow(@ForAll("trees") Tree tree,
            @ForAll @IntRange(min = 0, max = 40) int at) {
        ComposedDocument before = compose(tree.sections(), tree.omitted());
        List<Section> sections = new ArrayList<>(tree.sections());
        int index = at % (sections.size() + 1);
        sections.add(index, Section.text("inserted", "Inserted", "new text"));

        ComposedDocument after = compose(sections, tree.omitted());

        // Included top-level sections before the insertion point keep their number; later ones move up by one.
        int position = 0;
        for (int i = 0; i < tree.sections().size(); i++) {
            Section s = tree.sections().get(i);
            if (tree.omitted().contains(s.anchor())) {
                continue;
            }
            position++;
            int expected = i < index ? position : position + 1;
            assertEquals(Integer.toString(expected), after.numbering().get(s.anchor()));
            assertEquals(Integer.toString(position), before.numbering().get(s.anchor()));
        }
        checkReferences(sections, tree.omitted(), after);
    }

    @Property
    void compose_referenceToOmittedSection_isBrokenReference(@ForAll("trees") Tree tree) {
        List<Section> included = tree.sections().stream().filter(s -> !tree.omitted().contains(s.anchor())).toList();
        if (included.isEmpty()) {
            return;
        }
        Section target = included.get(included.size() - 1);
        List<Section> sections = new ArrayList<>(tree.sections());
        sections.add(Section.text("pointer", "Pointer", "see {{ref " + target.anchor() + "}}"));
        Set<String> omitted = new TreeSet<>(tree.omitted());
        omitted.add(target.anchor());

        ValidationException e = assertThrows(ValidationException.class, () -> compose(sections, omitted));

        assertTrue(e.violations().stream().anyMatch(v -> v.code() == TemplateError.BROKEN_REFERENCE
                && v.path().equals("sections.pointer")), e::getMessage);
    }

    // ---- determinism ------------------------------------------------------------------------

    @Property
    void compose_sameRequest_isByteForByteDeterministic(@ForAll("salesValues") VariableValues values) {
        Map<String, VariableValue> reversed = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(values.values().keySet());
        java.util.Collections.reverse(names);
        names.forEach(n -> reversed.put(n, values.values().get(n)));

        ComposedDocument a = COMPOSER.compose(CompositionRequest.of(SALES, values));
        ComposedDocument b = TemplateComposer.of(Fixtures.library())
                .compose(CompositionRequest.of(SALES, new VariableValues(reversed)));

        assertEquals(a.markdown(), b.markdown());
        assertEquals(a.html(), b.html());
        assertEquals(a.plainText(), b.plainText());
        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(a, b);
    }

    // ---- Chinese uppercase amounts read back to the same number ------------------------------

    @Property
    void upper_anyYuanAmount_readsBackToTheSameAmount(@ForAll @IntRange(min = 0, max = 999_999_999) int high,
            @ForAll @IntRange(min = 0, max = 99_999) int low) {
        // minor units below 10^14, so yuan below 10^12 (一万亿): every group up to 亿
        long minor = (long) high * 100_000L + low;
        Money amount = Money.ofMinor(minor, java.util.Currency.getInstance("CNY"));
        VariableSchema schema = VariableSchema.of(VariableDefinition.required("v", VariableType.MONEY));

        String upper = Fixtures.render(ContractLocale.ZH_CN, schema, "{{v | upper}}",
                VariableValues.builder().money("v", amount).build());

        assertTrue(upper.startsWith("人民币"), upper);
        assertTrue(!upper.contains("零零"), upper);
        assertTrue(upper.endsWith("整") || upper.endsWith("分"), upper);
        assertEquals(minor, decodeMinor(upper.substring(3)), upper);
    }

    /** An independent reader of 大写金额, for the round trip. */
    private static long decodeMinor(String s) {
        String digits = "零壹贰叁肆伍陆柒捌玖";
        long total = 0;
        long section = 0;
        long number = 0;
        long minor = 0;
        for (char c : s.toCharArray()) {
            int d = digits.indexOf(c);
            if (d > 0) {
                number = d;
            } else if (c == '拾' || c == '佰' || c == '仟') {
                section += number * (c == '拾' ? 10 : c == '佰' ? 100 : 1000);
                number = 0;
            } else if (c == '万') {
                total += (section + number) * 10_000L;
                section = 0;
                number = 0;
            } else if (c == '亿') {
                total = (total + section + number) * 100_000_000L;
                section = 0;
                number = 0;
            } else if (c == '元') {
                total += section + number;
                section = 0;
                number = 0;
            } else if (c == '角') {
                minor += number * 10;
                number = 0;
            } else if (c == '分') {
                minor += number;
                number = 0;
            }
        }
        return total * 100 + minor;
    }

    // ---- generators ---------------------------------------------------------------------------

    @Provide
    Arbitrary<VariableValues> salesValues() {
        Arbitrary<String> line = Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
                .withChars("abcXYZ 0123<>&\"'{}#*-_.,年月日合同").filter(s -> !s.isBlank());
        Arbitrary<Money> usd = Arbitraries.longs().between(0, 10_000_000_00L)
                .map(m -> Money.ofMinor(m, java.util.Currency.getInstance("USD")));
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
        Arbitrary<Period> periods = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 60)).as(Period::of);
        Arbitrary<Map<String, VariableValue>> row = Combinators.combine(line, Arbitraries.integers().between(1, 1000),
                usd, usd).as((d, q, u, t) -> Map.of("description", VariableValue.text(d), "quantity",
                        VariableValue.integer(q), "unitPrice", VariableValue.money(u), "lineTotal", VariableValue.money(t)));
        Arbitrary<PartyDetails> party = Combinators.combine(line, line.injectNull(0.5), line.injectNull(0.5))
                .as((n, r, reg) -> new PartyDetails(n, null, r, reg));
        return Combinators.combine(
                Combinators.combine(dates, party, party, row.list().ofMaxSize(20), usd).as(java.util.Arrays::asList),
                Combinators.combine(periods, Arbitraries.integers().between(0, 100).injectNull(0.3),
                        Arbitraries.of("EXW", "FCA", "CIF", "DAP", "DDP"), line, dates).as(java.util.Arrays::asList),
                Combinators.combine(periods, line, line).as(java.util.Arrays::asList))
                .as((a, b, c) -> {
                    VariableValues.Builder v = VariableValues.builder()
                            .date("contractDate", (LocalDate) a.get(0))
                            .party("seller", (PartyDetails) a.get(1))
                            .party("buyer", (PartyDetails) a.get(2))
                            .put("lineItems", rowsOf(a.get(3)))
                            .money("total", (Money) a.get(4))
                            .duration("paymentTerm", (Period) b.get(0))
                            .text("incoterm", (String) b.get(2))
                            .text("deliveryPlace", (String) b.get(3))
                            .date("deliveryDate", (LocalDate) b.get(4))
                            .duration("warrantyPeriod", (Period) c.get(0))
                            .text("governingLaw", (String) c.get(1))
                            .text("courts", (String) c.get(2));
                    if (b.get(1) != null) {
                        v.percent("depositRate", b.get(1).toString());
                    }
                    return v.build();
                });
    }

    @SuppressWarnings("unchecked")
    private static VariableValue rowsOf(Object rows) {
        return VariableValue.list((List<Map<String, VariableValue>>) rows);
    }

    /** A flat-or-two-level section list, a set of omitted top-level anchors, references between included sections. */
    record Tree(List<Section> sections, Set<String> omitted) {
    }

    @Provide
    Arbitrary<Tree> trees() {
        return Combinators.combine(Arbitraries.integers().between(1, 25), Arbitraries.integers().between(0, 3).list()
                .ofSize(25), Arbitraries.integers().between(0, 1000).list().ofSize(60), Arbitraries.integers()
                .between(0, 3).list().ofSize(25)).as(CompositionProperties::tree);
    }

    private static Tree tree(int n, List<Integer> childCounts, List<Integer> picks, List<Integer> omitDice) {
        Set<String> omitted = new TreeSet<>();
        List<String> includedAnchors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (omitDice.get(i) == 0) {
                omitted.add("s" + i);
            } else {
                includedAnchors.add("s" + i);
                for (int c = 0; c < childCounts.get(i); c++) {
                    includedAnchors.add("s" + i + "-" + c);
                }
            }
        }
        int p = 0;
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Section> children = new ArrayList<>();
            for (int c = 0; c < childCounts.get(i); c++) {
                children.add(Section.text("s" + i + "-" + c, "Child " + c, body(includedAnchors, picks.get(p++ % 60))));
            }
            sections.add(Section.text("s" + i, "Section " + i, body(includedAnchors, picks.get(p++ % 60)))
                    .withChildren(children));
        }
        return new Tree(sections, omitted);
    }

    private static String body(List<String> included, int pick) {
        return included.isEmpty() ? "no references" : "see {{ref " + included.get(pick % included.size()) + "}}.";
    }

    private static ComposedDocument compose(List<Section> sections, Set<String> omitted) {
        TemplateVersion template = new TemplateVersion(TemplateId.of("gen"), 1, TemplateStatus.PUBLISHED,
                ContractTypeId.of("test"), ContractLocale.EN, "Generated", VariableSchema.of(), sections,
                Applicability.anywhere());
        return TemplateComposer.of(ClauseLibrary.empty())
                .compose(new CompositionRequest(template, VariableValues.none(), Map.of(), Map.of(), omitted));
    }

    private static void checkNumbering(List<Section> sections, Set<String> omitted, String parent, ComposedDocument doc) {
        int n = 0;
        for (Section s : sections) {
            if (omitted.contains(s.anchor())) {
                assertTrue(!doc.numbering().containsKey(s.anchor()));
                continue;
            }
            n++;
            String number = parent.isEmpty() ? Integer.toString(n) : parent + "." + n;
            assertEquals(number, doc.numbering().get(s.anchor()));
            checkNumbering(s.children(), omitted, number, doc);
        }
    }

    private static void checkReferences(List<Section> sections, Set<String> omitted, ComposedDocument doc) {
        for (Section s : sections) {
            if (omitted.contains(s.anchor())) {
                continue;
            }
            String body = s.body();
            if (body != null && body.startsWith("see {{ref ")) {
                String target = body.substring("see {{ref ".length(), body.indexOf("}}"));
                String heading = doc.numbering().get(s.anchor());
                // The section's own block: its heading line followed by its body.
                String expected = heading + (heading.contains(".") ? " " : ". ") + s.heading() + "\n\nsee Section "
                        + doc.numbering().get(target) + ".\n";
                assertTrue(doc.plainText().contains(expected), expected);
            }
            checkReferences(s.children(), omitted, doc);
        }
    }

    private static List<Map<String, VariableValue>> rows(VariableValues values) {
        return ((VariableValue.Rows) values.get("lineItems").orElseThrow()).rows();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @SuppressWarnings("unused")
    private static List<Violation> none() {
        return List.of();
    }
}
