package io.pactum.spi.internal;

import io.pactum.core.error.ValidationException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonOutput;
import io.pactum.core.template.ComposedDocument;
import io.pactum.core.template.TemplateId;
import io.pactum.rules.facts.ContractFactsMapper;
import io.pactum.rules.facts.DeviationFacts;
import java.util.LinkedHashSet;
import java.util.Objects;

/**
 * The stored form of a contract's composed document (record kind {@code document}): the template
 * version it came from, the Markdown text, its fingerprint (what signers sign), the deviations as
 * approval rules read them, and the clauses used. Written once when the draft is composed; the
 * runtime reads back only what routing and signing need.
 *
 * <p>Immutable and thread-safe.
 *
 * @param templateId the template
 * @param templateVersion its version
 * @param fingerprint lower-case hex SHA-256 of the Markdown
 * @param markdown the composed text
 * @param deviations the deviation facts approval rules read
 * @param highestRisk the highest risk of the deviations ({@code NONE} for a standard text)
 */
public record DocumentRecord(TemplateId templateId, int templateVersion, String fingerprint, String markdown,
        DeviationFacts deviations, String highestRisk) {

    /** The schema name written in every document record. */
    public static final String SCHEMA = "pactum.document/v1";

    /** Checks presence. */
    public DocumentRecord {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(deviations, "deviations");
        Objects.requireNonNull(highestRisk, "highestRisk");
    }

    /** The record of a composed document. */
    public static DocumentRecord of(ComposedDocument doc) {
        return new DocumentRecord(doc.templateId(), doc.templateVersion(), doc.fingerprint(), doc.markdown(),
                ContractFactsMapper.deviations(doc.deviations()), doc.deviations().highestRisk().name());
    }

    /** The JSON form; the clauses used are written for readers, not read back. */
    public static String write(DocumentRecord d, ComposedDocument doc) {
        return JsonOutput.compact().write(w -> w.string("schema", SCHEMA)
                .object("template", t -> t.string("id", d.templateId().value()).integer("version", d.templateVersion()))
                .string("fingerprint", d.fingerprint())
                .object("deviations", x -> x.strings("fallback", d.deviations().fallbackCategories())
                        .strings("edited", d.deviations().editedCategories())
                        .strings("missingMandatory", d.deviations().missingMandatoryCategories())
                        .bool("extraApproval", d.deviations().extraApprovalRequired())
                        .string("highestRisk", d.highestRisk()))
                .objects("clauses", doc.clauses(), (c, u) -> c.string("anchor", u.anchor()).string("number", u.number())
                        .string("clause", u.clauseId().value()).integer("version", u.version())
                        .string("variant", u.variant()))
                .string("markdown", d.markdown()));
    }

    /**
     * Reads a stored document record.
     *
     * @throws ValidationException every problem with its JSON pointer
     */
    public static DocumentRecord read(String json) {
        return JsonInput.standard().read("document record", json, r -> {
            r.ignore("schema", "clauses");
            JsonObjectReader t = r.object("template");
            String id = t == null ? null : t.string("id");
            Long version = t == null ? null : t.integer("version", 1, 100_000);
            String fingerprint = r.string("fingerprint");
            String markdown = r.string("markdown");
            JsonObjectReader x = r.object("deviations");
            DeviationFacts deviations = x == null ? null : new DeviationFacts(new LinkedHashSet<>(x.strings("fallback")),
                    new LinkedHashSet<>(x.strings("edited")), new LinkedHashSet<>(x.strings("missingMandatory")),
                    x.bool("extraApproval", false));
            String risk = x == null ? null : x.string("highestRisk");
            if (id == null || version == null || fingerprint == null || markdown == null || deviations == null
                    || risk == null) {
                return null;
            }
            return r.build(() -> new DocumentRecord(TemplateId.of(id), version.intValue(), fingerprint, markdown,
                    deviations, risk));
        });
    }
}
