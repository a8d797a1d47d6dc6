package io.pactum.core.template;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.pactum.core.clause.Clause;
import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.clause.ClauseLibrary;
import io.pactum.core.clause.ClauseStatus;
import io.pactum.core.clause.ClauseVariant;
import io.pactum.core.clause.ClauseVersion;
import io.pactum.core.clause.ContractLocale;
import io.pactum.core.clause.RiskLevel;
import io.pactum.core.error.PactumException;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.core.template.internal.Block;
import io.pactum.core.template.internal.Checker;
import io.pactum.core.template.internal.CompiledTemplate;
import io.pactum.core.template.internal.Condition;
import io.pactum.core.template.internal.ConditionParser;
import io.pactum.core.template.internal.Formats;
import io.pactum.core.template.internal.LineDiff;
import io.pactum.core.template.internal.Renderer;
import io.pactum.core.template.internal.SyntaxError;
import io.pactum.core.template.internal.TemplateParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Composes contracts from templates: checks the request (every problem at once), evaluates
 * conditions, numbers the included sections, resolves cross-references, renders Markdown, HTML
 * and plain text, fingerprints the result and reports deviations.
 *
 * <p>Template texts are parsed once and kept in a bounded Caffeine cache keyed by the text itself,
 * so the same clause used by many templates is parsed once. Thread-safe: one instance can serve
 * every thread.
 */
public final class TemplateComposer {

    /** The default number of parsed texts kept. */
    public static final int DEFAULT_CACHE_SIZE = 2_000;

    private final ClauseLibrary library;
    private final Cache<String, CompiledTemplate> texts;
    private final Cache<String, Condition> conditions;
    // Keyed by identity (weak keys): a template version is immutable and its static checks depend only
    // on it and this composer's library, so drafting many contracts from one version checks it once.
    private final Cache<TemplateVersion, StaticPlan> plans;

    private TemplateComposer(ClauseLibrary library, int cacheSize) {
        this.library = library;
        // Maintenance runs on the calling thread: the core starts no threads and wakes none, and a
        // composition does not pay for handing cache bookkeeping to the common pool.
        this.texts = Caffeine.newBuilder().executor(Runnable::run).maximumSize(cacheSize).build();
        this.conditions = Caffeine.newBuilder().executor(Runnable::run).maximumSize(cacheSize).build();
        this.plans = Caffeine.newBuilder().executor(Runnable::run).weakKeys()
                .maximumSize(Math.max(1, cacheSize / 10)).build();
    }

    /** A composer drawing clauses from this library, with the default cache size. */
    public static TemplateComposer of(ClauseLibrary library) {
        return of(library, DEFAULT_CACHE_SIZE);
    }

    /**
     * A composer drawing clauses from this library.
     *
     * @param cacheSize how many parsed texts to keep, at least 1
     */
    public static TemplateComposer of(ClauseLibrary library, int cacheSize) {
        Objects.requireNonNull(library, "library");
        if (cacheSize < 1) {
            throw new IllegalArgumentException("cacheSize must be at least 1, got " + cacheSize);
        }
        return new TemplateComposer(library, cacheSize);
    }

    /** The clause library. */
    public ClauseLibrary library() {
        return library;
    }

    /**
     * Checks a template version without values, as a template author would before publishing:
     * syntax (with line and column), unknown variables, formats and comparisons that do not fit
     * the types, cross-references to unknown anchors, and the clauses it references (present,
     * approved, not retired, same locale) with every variant.
     *
     * @return every problem found; empty when the template is sound
     */
    public List<Violation> check(TemplateVersion template) {
        Objects.requireNonNull(template, "template");
        List<Violation> problems = new ArrayList<>();
        Set<String> anchors = anchors(template);
        for (Section s : template.allSections()) {
            String path = "sections." + s.anchor();
            if (s.when() != null) {
                condition(s.when(), template.schema(), path + ".when", problems);
            }
            if (s.body() != null) {
                compileAndCheck(s.body(), template.schema(), anchors, path + ".body", problems);
            }
            if (s.clause() != null) {
                ResolvedClause rc = resolve(s, template.locale(), problems);
                if (rc != null) {
                    for (ClauseVariant v : rc.version().variants()) {
                        compileAndCheck(v.body(), template.schema(), anchors, clausePath(path, rc, v.key()), problems);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Composes a document.
     *
     * @throws PactumException {@link TemplateError#NOT_PUBLISHED} unless the template version is published
     * @throws ValidationException with every problem of the request: syntax, unknown variables, type
     *     mismatches, missing values, values not allowed, broken cross-references, unusable clauses,
     *     unknown variants or sections; each with its path ({@code lineItems[2].quantity},
     *     {@code sections.payment.body})
     */
    public ComposedDocument compose(CompositionRequest request) {
        Objects.requireNonNull(request, "request");
        TemplateVersion template = request.template();
        if (!template.isPublished()) {
            throw new PactumException(TemplateError.NOT_PUBLISHED, "template",
                    "template " + template.templateId() + " version " + template.version() + " is "
                            + template.status().name().toLowerCase(java.util.Locale.ROOT)
                            + "; only a published version can draft a contract");
        }
        StaticPlan base = this.plans.get(template, this::staticPlan);
        List<Violation> problems = new ArrayList<>(base.problems());
        checkRequestKeys(request, template, problems);
        Map<String, Plan> plans = base.plans();
        if (!request.variants().isEmpty() || !request.edits().isEmpty()) {
            plans = new LinkedHashMap<>(plans);
            for (Map.Entry<String, Plan> e : plans.entrySet()) {
                if (request.variants().containsKey(e.getKey()) || request.edits().containsKey(e.getKey())) {
                    e.setValue(choose(e.getValue(), request, base.anchors(), problems));
                }
            }
        }
        String what = "composition of " + template.templateId() + " v" + template.version();
        // Template and request problems stop here; value problems do not, so that broken
        // cross-references found while rendering are reported together with them. Rendering
        // tolerates values of the wrong type or missing: it prints nothing for them.
        ValidationException.throwIfAny(what, problems);
        problems.addAll(template.schema().check(request.values()));

        Map<String, String> references = new LinkedHashMap<>();
        LinkedHashMap<String, String> numbering = new LinkedHashMap<>();
        Renderer renderer = new Renderer(request.values().values(), template.locale(), references);
        List<Numbered> numbered = number(template.sections(), "", 1, request, plans, renderer, template.locale(),
                references, numbering);

        List<ClauseUse> uses = new ArrayList<>();
        List<FallbackChoice> fallbacks = new ArrayList<>();
        List<ClauseEdit> edits = new ArrayList<>();
        List<Block> blocks = render(numbered, plans, renderer, uses, fallbacks, edits, problems);
        ValidationException.throwIfAny(what, problems);

        List<MissingClause> missing = new ArrayList<>();
        if (!request.omitted().isEmpty()) {
            Set<String> left = new LinkedHashSet<>();
            leftOut(template.sections(), request.omitted(), false, left);
            for (String anchor : left) {
                Plan p = plans.get(anchor);
                if (p.section().mandatory()) {
                    missing.add(new MissingClause(anchor, p.heading(), p.clause() == null ? null : p.clause().category()));
                }
            }
        }
        return new ComposedDocument(template.templateId(), template.version(), template.title(),
                template.locale().tag(), blocks, numbering, uses, new DeviationReport(fallbacks, edits, missing));
    }

    private void checkRequestKeys(CompositionRequest request, TemplateVersion template, List<Violation> problems) {
        if (request.variants().isEmpty() && request.edits().isEmpty() && request.omitted().isEmpty()) {
            return;
        }
        for (String anchor : new java.util.TreeSet<>(request.variants().keySet())) {
            requireClauseSection(template, anchor, "variants." + anchor, problems);
        }
        for (String anchor : new java.util.TreeSet<>(request.edits().keySet())) {
            requireClauseSection(template, anchor, "edits." + anchor, problems);
        }
        for (String anchor : request.omitted()) {
            if (template.section(anchor).isEmpty()) {
                problems.add(new Violation("omitted." + anchor, TemplateError.UNKNOWN_SECTION,
                        "the template has no section " + anchor));
            }
        }
    }

    private static void requireClauseSection(TemplateVersion template, String anchor, String path,
            List<Violation> problems) {
        Optional<Section> s = template.section(anchor);
        if (s.isEmpty()) {
            problems.add(new Violation(path, TemplateError.UNKNOWN_SECTION, "the template has no section " + anchor));
        } else if (s.get().clause() == null) {
            problems.add(new Violation(path, TemplateError.UNKNOWN_SECTION,
                    "section " + anchor + " holds inline text, not a library clause"));
        }
    }

    /** Everything about a template version that does not depend on a request: checked once per version. */
    private StaticPlan staticPlan(TemplateVersion template) {
        List<Violation> problems = new ArrayList<>();
        Set<String> anchors = anchors(template);
        Map<String, Plan> plans = new LinkedHashMap<>();
        for (Section s : template.allSections()) {
            plans.put(s.anchor(), standardPlan(s, template, anchors, problems));
        }
        return new StaticPlan(java.util.Collections.unmodifiableMap(plans), Set.copyOf(anchors), List.copyOf(problems));
    }

    private Plan standardPlan(Section s, TemplateVersion template, Set<String> anchors, List<Violation> problems) {
        String path = "sections." + s.anchor();
        VariableSchema schema = template.schema();
        Condition when = s.when() == null ? null : condition(s.when(), schema, path + ".when", problems);
        if (s.clause() == null) {
            CompiledTemplate body = s.body() == null ? null
                    : compileAndCheck(s.body(), schema, anchors, path + ".body", problems);
            return new Plan(s, s.heading() == null ? "" : s.heading(), when, body, null, null, null, null);
        }
        ResolvedClause rc = resolve(s, template.locale(), problems);
        if (rc == null) {
            return new Plan(s, s.clause().clauseId().value(), when, null, null, null, null, null);
        }
        String heading = s.heading() != null ? s.heading() : rc.version().title();
        ClauseVariant standard = rc.version().standard();
        CompiledTemplate body = compileAndCheck(standard.body(), schema, anchors,
                clausePath(path, rc, ClauseVariant.STANDARD), problems);
        return new Plan(s, heading, when, body, rc.clause(), rc.version(), standard, null);
    }

    /** The plan of a clause section for which the request chose a variant or an edit. */
    private Plan choose(Plan base, CompositionRequest request, Set<String> anchors, List<Violation> problems) {
        Section s = base.section();
        if (base.clause() == null || base.version() == null) {
            return base;
        }
        VariableSchema schema = request.template().schema();
        String key = request.variants().getOrDefault(s.anchor(), ClauseVariant.STANDARD);
        ClauseVariant variant = base.version().variant(key).orElse(null);
        if (variant == null) {
            problems.add(new Violation("variants." + s.anchor(), TemplateError.UNKNOWN_VARIANT,
                    "clause " + base.clause().id() + " v" + base.version().version() + " has no variant " + key
                            + "; variants are " + base.version().variants().stream().map(ClauseVariant::key).toList()));
            return new Plan(s, base.heading(), base.when(), null, base.clause(), base.version(), null, null);
        }
        String edit = request.edits().get(s.anchor());
        ResolvedClause rc = new ResolvedClause(base.clause(), base.version());
        CompiledTemplate body = edit != null
                ? compileAndCheck(edit, schema, anchors, "edits." + s.anchor(), problems)
                : compileAndCheck(variant.body(), schema, anchors, clausePath("sections." + s.anchor(), rc, key),
                        problems);
        CompiledTemplate standard = edit == null ? null : base.body();
        return new Plan(s, base.heading(), base.when(), body, base.clause(), base.version(), variant, standard);
    }

    private static String clausePath(String sectionPath, ResolvedClause rc, String variant) {
        return sectionPath + ".clause(" + rc.clause().id() + " v" + rc.version().version() + " " + variant + ")";
    }

    private @Nullable ResolvedClause resolve(Section s, ContractLocale locale, List<Violation> problems) {
        ClauseRef ref = Objects.requireNonNull(s.clause());
        String path = "sections." + s.anchor() + ".clause";
        Clause clause = library.find(ref.clauseId()).orElse(null);
        if (clause == null) {
            problems.add(new Violation(path, TemplateError.UNKNOWN_CLAUSE, "the library has no clause " + ref.clauseId()));
            return null;
        }
        ClauseVersion version;
        if (ref.pinnedVersion() != null) {
            version = clause.version(ref.pinnedVersion()).orElse(null);
            if (version == null) {
                problems.add(new Violation(path, TemplateError.UNKNOWN_CLAUSE,
                        "clause " + ref.clauseId() + " has no version " + ref.pinnedVersion()));
                return null;
            }
        } else {
            version = clause.latestApproved().orElse(null);
            if (version == null) {
                problems.add(new Violation(path, TemplateError.CLAUSE_NOT_APPROVED,
                        "clause " + ref.clauseId() + " has no approved version"));
                return null;
            }
        }
        if (version.status() == ClauseStatus.RETIRED) {
            problems.add(new Violation(path, TemplateError.CLAUSE_RETIRED,
                    "clause " + ref.clauseId() + " v" + version.version() + " is retired"));
            return null;
        }
        if (version.status() == ClauseStatus.DRAFT) {
            problems.add(new Violation(path, TemplateError.CLAUSE_NOT_APPROVED,
                    "clause " + ref.clauseId() + " v" + version.version() + " is a draft"));
            return null;
        }
        if (version.locale() != locale) {
            problems.add(new Violation(path, TemplateError.LOCALE_MISMATCH, "clause " + ref.clauseId() + " v"
                    + version.version() + " is written in " + version.locale().tag() + ", the template in "
                    + locale.tag()));
            return null;
        }
        return new ResolvedClause(clause, version);
    }

    private @Nullable CompiledTemplate compileAndCheck(String source, VariableSchema schema, Set<String> anchors,
            String path, List<Violation> problems) {
        CompiledTemplate compiled;
        try {
            compiled = texts.get(source, TemplateParser::parse);
        } catch (SyntaxError e) {
            problems.add(new Violation(path, e.errorCode(), "line " + e.line() + ", column " + e.column() + ": "
                    + e.detail()));
            return null;
        }
        Checker.check(compiled, schema, anchors, path, problems);
        return compiled;
    }

    private @Nullable Condition condition(String source, VariableSchema schema, String path, List<Violation> problems) {
        Condition c;
        try {
            c = conditions.get(source, text -> ConditionParser.parse(text, 1, 1));
        } catch (SyntaxError e) {
            problems.add(new Violation(path, e.errorCode(), "column " + e.column() + ": " + e.detail()));
            return null;
        }
        Checker.checkCondition(c, schema, path, problems);
        return c;
    }

    private static List<Numbered> number(List<Section> sections, String parent, int depth, CompositionRequest request,
            Map<String, Plan> plans, Renderer renderer, ContractLocale locale, Map<String, String> references,
            Map<String, String> numbering) {
        List<Numbered> out = new ArrayList<>();
        int n = 0;
        for (Section s : sections) {
            if (request.omitted().contains(s.anchor())) {
                continue;
            }
            Plan plan = plans.get(s.anchor());
            if (plan.when() != null && !renderer.holds(plan.when())) {
                continue;
            }
            n++;
            String number = parent.isEmpty() ? Integer.toString(n) : parent + "." + n;
            String label;
            String shown;
            String reference;
            if (locale == ContractLocale.ZH_CN) {
                shown = depth == 1 ? "第" + Formats.chineseNumber(n) + "条" : number;
                label = shown;
                reference = depth == 1 ? shown : "第" + number + "款";
            } else {
                shown = number;
                label = depth == 1 ? number + "." : number;
                reference = "Section " + number;
            }
            references.put(s.anchor(), reference);
            numbering.put(s.anchor(), shown);
            List<Numbered> children = number(s.children(), number, depth + 1, request, plans, renderer, locale,
                    references, numbering);
            out.add(new Numbered(s, depth, label, shown, children));
        }
        return out;
    }

    private static List<Block> render(List<Numbered> numbered, Map<String, Plan> plans, Renderer renderer,
            List<ClauseUse> uses, List<FallbackChoice> fallbacks, List<ClauseEdit> edits, List<Violation> problems) {
        List<Block> out = new ArrayList<>(numbered.size());
        for (Numbered n : numbered) {
            Plan plan = plans.get(n.section().anchor());
            String body = "";
            if (plan.body() != null) {
                String anchor = n.section().anchor();
                try {
                    body = renderText(plan.body(), renderer);
                } catch (PactumException e) {
                    String message = e.getMessage();
                    int colon = message.indexOf(": ");
                    problems.add(new Violation("sections." + anchor, e.errorCode(),
                            colon < 0 ? message : message.substring(colon + 2)));
                }
                for (String broken : renderer.takeBrokenReferences()) {
                    problems.add(new Violation("sections." + anchor, TemplateError.BROKEN_REFERENCE, broken));
                }
                if (plan.clause() != null && plan.version() != null && plan.variant() != null) {
                    ClauseCategory category = plan.clause().category();
                    boolean edited = plan.standard() != null;
                    RiskLevel risk = plan.variant().riskLevel();
                    uses.add(new ClauseUse(anchor, n.shown(), plan.clause().id(), plan.version().version(),
                            plan.variant().key(), category, risk, edited));
                    if (!plan.variant().isStandard()) {
                        fallbacks.add(new FallbackChoice(anchor, plan.clause().id(), plan.version().version(), category,
                                plan.variant().key(), risk, plan.variant().extraApproval()));
                    }
                    if (edited && problems.isEmpty()) {
                        String standard = renderText(plan.standard(), renderer);
                        renderer.takeBrokenReferences();
                        edits.add(new ClauseEdit(anchor, plan.clause().id(), category, LineDiff.diff(standard, body)));
                    }
                }
            }
            List<Block> children = render(n.children(), plans, renderer, uses, fallbacks, edits, problems);
            out.add(new Block(n.section().anchor(), n.depth(), n.label(), plan.heading(), body, children));
        }
        return out;
    }

    private static String renderText(CompiledTemplate template, Renderer renderer) {
        StringBuilder sb = renderer.scratch();
        sb.setLength(0);
        renderer.render(template, sb);
        // Trim surrounding whitespace with one copy of the text.
        int start = 0;
        int end = sb.length();
        while (start < end && Character.isWhitespace(sb.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(start, end);
    }

    /** The anchors of sections left out by the request, directly or with an omitted parent, in template order. */
    private static void leftOut(List<Section> sections, Set<String> omitted, boolean parentOmitted, Set<String> out) {
        for (Section s : sections) {
            boolean gone = parentOmitted || omitted.contains(s.anchor());
            if (gone) {
                out.add(s.anchor());
            }
            leftOut(s.children(), omitted, gone, out);
        }
    }

    private static Set<String> anchors(TemplateVersion template) {
        Set<String> anchors = new LinkedHashSet<>();
        template.allSections().forEach(s -> anchors.add(s.anchor()));
        return anchors;
    }

    /** The request-independent plan of a template version, with the problems found making it. */
    private record StaticPlan(Map<String, Plan> plans, Set<String> anchors, List<Violation> problems) {
    }

    /** A clause and the version a section uses. */
    private record ResolvedClause(Clause clause, ClauseVersion version) {
    }

    /** What one section will render, resolved before anything is rendered. */
    private record Plan(Section section, String heading, @Nullable Condition when, @Nullable CompiledTemplate body,
            @Nullable Clause clause, @Nullable ClauseVersion version, @Nullable ClauseVariant variant,
            @Nullable CompiledTemplate standard) {
    }

    /** An included section with its number. */
    private record Numbered(Section section, int depth, String label, String shown, List<Numbered> children) {
    }
}
