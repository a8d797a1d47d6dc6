/** Implementation of the business calendars: data loading and lookup tables; not API. */
@NullMarked
package io.pactum.core.calendar.internal;

import org.jspecify.annotations.NullMarked;
