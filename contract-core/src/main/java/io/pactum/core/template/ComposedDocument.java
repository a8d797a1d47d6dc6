package io.pactum.core.template;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a composition: the document in three renderings, its fingerprint, the clauses it
 * used and its deviations. Byte-for-byte deterministic for the same request. Immutable and
 * thread-safe.
 *
 * @param templateId the template
 * @param templateVersion the template version used
 * @param markdown the Markdown rendering, the canonical text
 * @param html the HTML rendering; every value and text is escaped
 * @param plainText the plain-text rendering
 * @param fingerprint the lowercase hex SHA-256 of the Markdown rendering's UTF-8 bytes
 * @param numbering the number of each included section by anchor ({@code 2.1}, {@code 第三条}), in document order
 * @param clauses the library clauses used, in document order
 * @param deviations where it departs from the standard
 */
public record ComposedDocument(TemplateId templateId, int templateVersion, String markdown, String html,
        String plainText, String fingerprint, Map<String, String> numbering, List<ClauseUse> clauses,
        DeviationReport deviations) {

    /** Copies the collections. */
    public ComposedDocument {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(deviations, "deviations");
        numbering = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(numbering));
        clauses = List.copyOf(clauses);
    }
}
