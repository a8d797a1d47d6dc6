/**
 * The one closed condition grammar of Pactum's rules (approval routing now, risk alerts next):
 * field paths over {@link io.pactum.rules.facts.ContractFacts}, comparisons, {@code in},
 * {@code between}, {@code contains}, {@code present}, and {@code and}/{@code or}/{@code not}.
 *
 * <p>A {@link io.pactum.rules.condition.Condition} is data; it is read from JSON by
 * {@link io.pactum.rules.condition.ConditionJson} with every problem reported at its JSON pointer,
 * checked against a {@link io.pactum.rules.condition.FieldCatalog}, and compiled once by
 * {@link io.pactum.rules.condition.CompiledCondition#compile} into a tree of small evaluators with
 * field access resolved up front. There is no expression language and no reflection. Every
 * evaluation can say which facts made it true ({@link io.pactum.rules.condition.FactUsed}).
 */
@NullMarked
package io.pactum.rules.condition;

import org.jspecify.annotations.NullMarked;
