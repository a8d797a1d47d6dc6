/**
 * The entry of Pactum's service-provider interface: the call context every port receives, the error codes of the SPI and the runtime, and the typed failures a host handles (a revision conflict, an access denial).
 */
@NullMarked
package io.pactum.spi;

import org.jspecify.annotations.NullMarked;
