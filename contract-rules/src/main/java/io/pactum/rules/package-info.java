/**
 * Pactum's rules: what the condition grammar, approval routing and the approval process share,
 * above all {@link io.pactum.rules.RuleError}, the numbered codes of every rule failure.
 */
@NullMarked
package io.pactum.rules;

import org.jspecify.annotations.NullMarked;
