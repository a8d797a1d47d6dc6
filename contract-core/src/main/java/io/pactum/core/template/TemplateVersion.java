package io.pactum.core.template;

import io.pactum.core.clause.ContractLocale;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a template: its status, contract type, locale, variable schema and sections.
 * Immutable and thread-safe.
 *
 * @param templateId the template it is a version of
 * @param version the version number, from 1
 * @param status draft, published or retired; only published versions draft contracts
 * @param contractType the contract type it drafts
 * @param locale the language; decides numbering and formatting
 * @param title the document title
 * @param schema the typed variables
 * @param sections the top-level sections; anchors unique in the whole tree; at most 4 levels deep
 * @param applicability where it applies, for recommendation
 */
public record TemplateVersion(TemplateId templateId, int version, TemplateStatus status, ContractTypeId contractType,
        ContractLocale locale, String title, VariableSchema schema, List<Section> sections,
        Applicability applicability) {

    /** The deepest nesting of sections (1.1.1.1). */
    public static final int MAX_DEPTH = 4;

    /** Checks the version number, the title, unique anchors and the nesting depth. */
    public TemplateVersion {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(contractType, "contractType");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(applicability, "applicability");
        sections = List.copyOf(sections);
        if (version < 1) {
            throw new PactumException(CoreError.OUT_OF_RANGE, "version", "version must be at least 1, got " + version);
        }
        if (title.isBlank()) {
            throw new PactumException(CoreError.REQUIRED, "title", "template title is blank");
        }
        checkAnchors(sections, new HashSet<>(), 1);
    }

    /** Every section of the tree, depth first, parents before children. */
    public List<Section> allSections() {
        List<Section> out = new ArrayList<>();
        collect(sections, out);
        return out;
    }

    /** The section with this anchor. */
    public Optional<Section> section(String anchor) {
        return allSections().stream().filter(s -> s.anchor().equals(anchor)).findFirst();
    }

    /** Whether this version may be used to draft a contract. */
    public boolean isPublished() {
        return status == TemplateStatus.PUBLISHED;
    }

    /** This version with another status, for publishing and retiring. */
    public TemplateVersion withStatus(TemplateStatus newStatus) {
        return new TemplateVersion(templateId, version, newStatus, contractType, locale, title, schema, sections,
                applicability);
    }

    /** This version with other sections, for editing a draft. */
    public TemplateVersion withSections(List<Section> newSections) {
        return new TemplateVersion(templateId, version, status, contractType, locale, title, schema, newSections,
                applicability);
    }

    private static void collect(List<Section> sections, List<Section> out) {
        for (Section s : sections) {
            out.add(s);
            collect(s.children(), out);
        }
    }

    private static void checkAnchors(List<Section> sections, Set<String> seen, int depth) {
        for (Section s : sections) {
            if (depth > MAX_DEPTH) {
                throw new PactumException(TemplateError.BAD_SECTION, "sections",
                        "section " + s.anchor() + " is nested deeper than " + MAX_DEPTH + " levels");
            }
            if (!seen.add(s.anchor())) {
                throw new PactumException(TemplateError.BAD_SECTION, "sections", "duplicate anchor " + s.anchor());
            }
            checkAnchors(s.children(), seen, depth + 1);
        }
    }
}
