/**
 * The clause library: reusable clauses with stable ids and categories, versioned with a status
 * (draft, approved, retired) and who approved them when, written for one locale, each version with
 * one standard text and pre-approved fallback variants that carry a risk level and whether choosing
 * them needs extra approval. Values only; templates in {@code io.pactum.core.template} use them.
 *
 * <p>Every type here is an immutable value and thread-safe. Nothing is {@code null} unless marked
 * {@code @Nullable}; lookups return {@code Optional}.
 */
@NullMarked
package io.pactum.core.clause;

import org.jspecify.annotations.NullMarked;
