/**
 * Pactum's conformance kit: abstract JUnit 5 and jqwik test classes a host extends, each with one
 * factory method, to prove its storage and outbound adapters keep the promises of the SPI.
 */
module io.pactum.tck {
    requires transitive io.pactum.spi;
    requires transitive org.junit.jupiter.api;
    requires transitive net.jqwik.api;
    requires static org.jspecify;

    exports io.pactum.tck;

    // JUnit and jqwik instantiate and call the test classes reflectively.
    opens io.pactum.tck to org.junit.platform.commons;
}
