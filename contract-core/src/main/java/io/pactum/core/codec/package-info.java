/**
 * The JSON forms of the contract model: {@link io.pactum.core.codec.ContractJson} and
 * {@link io.pactum.core.codec.ContractTypeJson}. Strict reading with every problem reported at its
 * JSON pointer, deterministic writing, lossless round trips. Built on {@code io.pactum.core.json}.
 */
@NullMarked
package io.pactum.core.codec;

import org.jspecify.annotations.NullMarked;
