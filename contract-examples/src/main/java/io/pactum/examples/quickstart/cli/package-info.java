/**
 * The quickstart's command line: a small parser for {@code --name=value} flags with typed errors,
 * no library.
 */
@NullMarked
package io.pactum.examples.quickstart.cli;

import org.jspecify.annotations.NullMarked;
