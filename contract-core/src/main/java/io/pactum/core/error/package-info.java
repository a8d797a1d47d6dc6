/**
 * The one exception family of Pactum: {@link io.pactum.core.error.PactumException} with numbered
 * {@link io.pactum.core.error.ErrorCode}s and a path to the offending input, and
 * {@link io.pactum.core.error.ValidationException}, which carries every violation found.
 */
@NullMarked
package io.pactum.core.error;

import org.jspecify.annotations.NullMarked;
