/** Implementation of reminder policies: JSON mapping; not API. */
@NullMarked
package io.pactum.core.reminder.internal;

import org.jspecify.annotations.NullMarked;
