/**
 * A large generated portfolio for the quickstart's {@code --contracts=N}: deterministic contracts of
 * the core model, scheduled with the shipped plans, with payments drawn from the same seed, turned
 * into a ledger; and a console progress bar.
 */
@NullMarked
package io.pactum.examples.quickstart.portfolio;

import org.jspecify.annotations.NullMarked;
