/**
 * The hash-chained audit log: entries, checkpoints and a verifier that recomputes the chain with its own canonical encoding, sharing no code with the writer.
 */
@NullMarked
package io.pactum.spi.audit;

import org.jspecify.annotations.NullMarked;
