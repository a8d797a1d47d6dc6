/**
 * Templates and composition: versioned templates per contract type made of numbered sections that
 * hold inline text or reference library clauses; a typed variable schema and its values; the
 * {@link io.pactum.core.template.TemplateComposer} that turns a published template version, values
 * and chosen variants into a {@link io.pactum.core.template.ComposedDocument} (Markdown, HTML,
 * plain text, SHA-256 fingerprint, clauses used, {@link io.pactum.core.template.DeviationReport});
 * JSON loading; and template recommendation. The syntax is described in docs/templates.md.
 *
 * <p>Unless a type says otherwise (the builder of {@code VariableValues}), every type here is
 * immutable and thread-safe. Nothing is {@code null} unless marked {@code @Nullable}; lookups
 * return {@code Optional}.
 */
@NullMarked
package io.pactum.core.template;

import org.jspecify.annotations.NullMarked;
