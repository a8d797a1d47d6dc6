package io.pactum.core.template;

import io.pactum.core.template.internal.Block;
import io.pactum.core.template.internal.DocumentWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a composition: the document in three renderings, its fingerprint, the clauses it
 * used and its deviations. Byte-for-byte deterministic for the same request.
 *
 * <p>The Markdown rendering is made by the composition; the HTML and plain-text renderings and the
 * fingerprint are made from the same rendered sections the first time they are asked for, so a
 * caller that needs only one rendering does not pay for the others. Either way the result is the
 * same. Immutable and thread-safe.
 */
public final class ComposedDocument {

    private final TemplateId templateId;
    private final int templateVersion;
    private final String title;
    private final String lang;
    private final List<Block> blocks;
    private final String markdown;
    private final Map<String, String> numbering;
    private final List<ClauseUse> clauses;
    private final DeviationReport deviations;
    private volatile @Nullable String html;
    private volatile @Nullable String plainText;
    private volatile @Nullable String fingerprint;

    /** Made only by {@link TemplateComposer}, which hands over a fresh numbering map it no longer touches. */
    ComposedDocument(TemplateId templateId, int templateVersion, String title, String lang, List<Block> blocks,
            LinkedHashMap<String, String> numbering, List<ClauseUse> clauses, DeviationReport deviations) {
        this.templateId = Objects.requireNonNull(templateId, "templateId");
        this.templateVersion = templateVersion;
        this.title = title;
        this.lang = lang;
        this.blocks = List.copyOf(blocks);
        this.markdown = DocumentWriter.markdown(title, this.blocks);
        this.numbering = Collections.unmodifiableMap(numbering);
        this.clauses = List.copyOf(clauses);
        this.deviations = Objects.requireNonNull(deviations, "deviations");
    }

    /** The template. */
    public TemplateId templateId() {
        return templateId;
    }

    /** The template version used. */
    public int templateVersion() {
        return templateVersion;
    }

    /** The Markdown rendering: the canonical text, the one the fingerprint is taken of. */
    public String markdown() {
        return markdown;
    }

    /** The HTML rendering; every value and text is escaped. */
    public String html() {
        String h = html;
        if (h == null) {
            h = DocumentWriter.html(lang, title, blocks);
            html = h;
        }
        return h;
    }

    /** The plain-text rendering: the Markdown layout without heading marks. */
    public String plainText() {
        String p = plainText;
        if (p == null) {
            p = DocumentWriter.plainText(title, blocks);
            plainText = p;
        }
        return p;
    }

    /** The lowercase hex SHA-256 of the Markdown rendering's UTF-8 bytes. */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = sha256(markdown);
            fingerprint = f;
        }
        return f;
    }

    /** The number of each included section by anchor ({@code 2.1}, {@code 第三条}), in document order. */
    public Map<String, String> numbering() {
        return numbering;
    }

    /** The library clauses used, in document order. */
    public List<ClauseUse> clauses() {
        return clauses;
    }

    /** Where the document departs from the standard. */
    public DeviationReport deviations() {
        return deviations;
    }

    /** Equal when made from the same template version with the same text, numbering, clauses and deviations. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ComposedDocument)) {
            return false;
        }
        ComposedDocument d = (ComposedDocument) o;
        return templateVersion == d.templateVersion && templateId.equals(d.templateId) && markdown.equals(d.markdown)
                && numbering.equals(d.numbering) && clauses.equals(d.clauses) && deviations.equals(d.deviations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(templateId, templateVersion, markdown);
    }

    @Override
    public String toString() {
        return "ComposedDocument[" + templateId + " v" + templateVersion + ", " + markdown.length() + " chars]";
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
