/** Implementation of obligation plans and scheduling: JSON mapping and the expansion; not API. */
@NullMarked
package io.pactum.core.obligation.internal;

import org.jspecify.annotations.NullMarked;
