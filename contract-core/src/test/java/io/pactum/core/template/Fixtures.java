package io.pactum.core.template;

import io.pactum.core.clause.ClauseLibrary;
import io.pactum.core.clause.ContractLocale;
import io.pactum.core.contract.ContractTypeId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Object mother: the example templates and libraries under src/test/resources/templates, and tiny templates. */
final class Fixtures {

    /** Resources relative to /templates/ on the test class path. */
    static final ResourceLoader RESOURCES = name -> Optional.ofNullable(readOrNull("/templates/" + name));

    private Fixtures() {
    }

    static String read(String name) {
        String text = readOrNull("/templates/" + name);
        if (text == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        return text;
    }

    private static String readOrNull(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClauseLibrary library() {
        return TemplateJson.readClauseLibrary(read("clauses/library-zh.json"), RESOURCES)
                .with(TemplateJson.readClauseLibrary(read("clauses/library-en.json"), RESOURCES).clauses());
    }

    static Template template(String folder) {
        return TemplateJson.readTemplate(read(folder + "/template.json"), RESOURCES);
    }

    static TemplateVersion published(String folder) {
        return template(folder).latestPublished().orElseThrow();
    }

    static VariableValues values(String folder) {
        return TemplateJson.readValues(read(folder + "/values.json"), published(folder).schema());
    }

    static CompositionRequest request(String folder) {
        return CompositionRequest.of(published(folder), values(folder));
    }

    /** A published one-section template "T" whose section "s" (heading "S") has this body. */
    static TemplateVersion single(ContractLocale locale, VariableSchema schema, String body) {
        return new TemplateVersion(TemplateId.of("t"), 1, TemplateStatus.PUBLISHED, ContractTypeId.of("test"), locale,
                "T", schema, List.of(Section.text("s", "S", body)), Applicability.anywhere());
    }

    /** The body of the only section of a document made by {@link #single}. */
    static String bodyOf(ComposedDocument doc) {
        String md = doc.markdown();
        int heading = md.indexOf("\n## ");
        int start = md.indexOf("\n\n", heading + 1);
        return start < 0 ? "" : md.substring(start + 2, md.length() - 1);
    }

    /** Renders one body in a one-section template. */
    static String render(ContractLocale locale, VariableSchema schema, String body, VariableValues values) {
        TemplateComposer composer = TemplateComposer.of(ClauseLibrary.empty());
        return bodyOf(composer.compose(CompositionRequest.of(single(locale, schema, body), values)));
    }
}
