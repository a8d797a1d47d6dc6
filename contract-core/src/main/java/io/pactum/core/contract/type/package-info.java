/**
 * Contract types as data: custom field definitions with their bounds, the default template and
 * policy ids, and numbering patterns. Values of custom fields are checked against their definitions.
 */
@NullMarked
package io.pactum.core.contract.type;

import org.jspecify.annotations.NullMarked;
