/**
 * The contract model: typed ids, parties, the contract with its term, renewal terms, custom
 * attributes and lifecycle status, and the lifecycle's one transition table.
 */
@NullMarked
package io.pactum.core.contract;

import org.jspecify.annotations.NullMarked;
