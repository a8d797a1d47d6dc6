/**
 * Implementation of the runtime: the audit chain writer, the outbox dispatcher, fingerprints and event payloads. Not API.
 */
@NullMarked
package io.pactum.spi.internal;

import org.jspecify.annotations.NullMarked;
