package io.pactum.core.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to compose: a template version, variable values, the variant chosen for clause sections,
 * free edits of clause sections and sections left out, each keyed by section anchor. Immutable and
 * thread-safe; start with {@link #of(TemplateVersion, VariableValues)} and add choices.
 *
 * @param template the template version; must be published
 * @param values the variable values
 * @param variants the chosen variant key per clause section anchor; unlisted sections use the standard
 * @param edits free replacement text (template syntax allowed) per clause section anchor; recorded as deviations
 * @param omitted anchors of sections left out; leaving out a mandatory one is a deviation
 */
public record CompositionRequest(TemplateVersion template, VariableValues values, Map<String, String> variants,
        Map<String, String> edits, Set<String> omitted) {

    /** Copies the maps and set (sorted, so iteration order never depends on the caller's map). */
    public CompositionRequest {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(values, "values");
        variants = Map.copyOf(variants);
        edits = Map.copyOf(edits);
        omitted = Set.copyOf(new TreeSet<>(omitted));
    }

    /** A request with the standard text everywhere. */
    public static CompositionRequest of(TemplateVersion template, VariableValues values) {
        return new CompositionRequest(template, values, Map.of(), Map.of(), Set.of());
    }

    /** This request with a fallback variant chosen for a clause section. */
    public CompositionRequest withVariant(String anchor, String variantKey) {
        Map<String, String> copy = new LinkedHashMap<>(variants);
        copy.put(anchor, variantKey);
        return new CompositionRequest(template, values, copy, edits, omitted);
    }

    /** This request with a clause section's text replaced by a free edit. */
    public CompositionRequest withEdit(String anchor, String text) {
        Map<String, String> copy = new LinkedHashMap<>(edits);
        copy.put(anchor, text);
        return new CompositionRequest(template, values, variants, copy, omitted);
    }

    /** This request with a section left out. */
    public CompositionRequest omitting(String anchor) {
        Set<String> copy = new TreeSet<>(omitted);
        copy.add(anchor);
        return new CompositionRequest(template, values, variants, edits, copy);
    }

    /** This request with other values. */
    public CompositionRequest withValues(VariableValues newValues) {
        return new CompositionRequest(template, newValues, variants, edits, omitted);
    }
}
