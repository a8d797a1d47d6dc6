/**
 * Strict JSON reading and writing for every Pactum format (contracts, contract types, templates,
 * policies, plans), with no Jackson types in the API: {@link io.pactum.core.json.JsonInput} reads
 * within {@link io.pactum.core.json.JsonLimits} and reports every problem with its JSON pointer;
 * {@link io.pactum.core.json.JsonOutput} writes deterministic text.
 *
 * <p>Formats are mapped by hand, property by property: no data binding, no default typing,
 * polymorphism only through registered {@code kind} names.
 */
@NullMarked
package io.pactum.core.json;

import org.jspecify.annotations.NullMarked;
