/**
 * The access policy: deny by default; rules as data over role, action, contract status, confidentiality and department.
 */
@NullMarked
package io.pactum.spi.access;

import org.jspecify.annotations.NullMarked;
