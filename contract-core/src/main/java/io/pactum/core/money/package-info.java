/**
 * Exact money: {@link io.pactum.core.money.Money}, an amount at its ISO 4217 currency's
 * minor-unit scale, with arithmetic that never rounds unless told how, and allocation by the
 * largest-remainder method so that split parts always sum to the whole.
 */
@NullMarked
package io.pactum.core.money;

import org.jspecify.annotations.NullMarked;
