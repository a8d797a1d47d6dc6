/**
 * Pactum's service-provider interface: the ports a host implements (storage, notification,
 * integration events, e-signature, directory, audit, keys) and the runtime that drives them.
 */
module io.pactum.spi {
    requires transitive io.pactum.core;
    requires transitive io.pactum.rules;
    requires static transitive org.jspecify;
    requires org.slf4j;

    exports io.pactum.spi;
    exports io.pactum.spi.access;
    exports io.pactum.spi.audit;
    exports io.pactum.spi.memory;
    exports io.pactum.spi.port;
    exports io.pactum.spi.runtime;
}
