/** Implementation of the risk rules: evaluation over a snapshot, counters, messages. Not API. */
@NullMarked
package io.pactum.rules.risk.internal;

import org.jspecify.annotations.NullMarked;
