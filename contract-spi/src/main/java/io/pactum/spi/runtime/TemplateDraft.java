package io.pactum.spi.runtime;

import io.pactum.core.contract.Contract;
import io.pactum.core.template.CompositionRequest;
import io.pactum.core.template.TemplateId;
import io.pactum.core.template.TemplateVersion;
import io.pactum.core.template.VariableValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link ContractManager#createDraftFromTemplate} composes: the contract's header (parties,
 * value, term, owner... as a draft), the template version, the typed variable values, the chosen
 * clause variants, free edits and sections left out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the new contract, in DRAFT at revision 0; its type must be the template version's
 * @param templateId the template
 * @param templateVersion its version, which must be published
 * @param values the variable values
 * @param variants chosen variant per section anchor
 * @param edits free text per section anchor (a deviation)
 * @param omitted section anchors left out
 */
public record TemplateDraft(Contract header, TemplateId templateId, int templateVersion, VariableValues values,
        Map<String, String> variants, Map<String, String> edits, Set<String> omitted) {

    /** Checks presence and copies the collections. */
    public TemplateDraft {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(values, "values");
        variants = Map.copyOf(variants);
        edits = Map.copyOf(edits);
        omitted = Set.copyOf(omitted);
    }

    /** A draft on the standard text: no variants, edits or omissions. */
    public static TemplateDraft of(Contract header, TemplateId templateId, int templateVersion, VariableValues values) {
        return new TemplateDraft(header, templateId, templateVersion, values, Map.of(), Map.of(), Set.of());
    }

    /** The same draft with a variant chosen for a section. */
    public TemplateDraft withVariant(String anchor, String variant) {
        Map<String, String> m = new java.util.TreeMap<>(variants);
        m.put(anchor, variant);
        return new TemplateDraft(header, templateId, templateVersion, values, m, edits, omitted);
    }

    /** The same draft with a section's text edited. */
    public TemplateDraft withEdit(String anchor, String text) {
        Map<String, String> m = new java.util.TreeMap<>(edits);
        m.put(anchor, text);
        return new TemplateDraft(header, templateId, templateVersion, values, variants, m, omitted);
    }

    /** The composition request over a template version. */
    CompositionRequest request(TemplateVersion version) {
        CompositionRequest r = CompositionRequest.of(version, values);
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(variants).entrySet()) {
            r = r.withVariant(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(edits).entrySet()) {
            r = r.withEdit(e.getKey(), e.getValue());
        }
        for (String anchor : new java.util.TreeSet<>(omitted)) {
            r = r.omitting(anchor);
        }
        return r;
    }
}
