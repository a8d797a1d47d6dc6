/**
 * Validation of the contract model: Jakarta Validation constraints (Hibernate Validator, without
 * expression language) plus the contract type's custom field rules, all reported at once with
 * JSON pointers.
 */
@NullMarked
package io.pactum.core.validation;

import org.jspecify.annotations.NullMarked;
