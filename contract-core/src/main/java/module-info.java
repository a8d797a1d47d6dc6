/**
 * Pactum's core: the contract model, exact money, dates and calendars, the lifecycle, the clause
 * library and template composition, obligation scheduling, renewals and amendments. Pure
 * functions of their inputs: no I/O, no logging, no clock reads.
 */
module io.pactum.core {
    requires transitive jakarta.validation;
    requires static transitive org.jspecify;
    requires tools.jackson.databind;
    requires org.hibernate.validator;

    exports io.pactum.core.error;
    exports io.pactum.core.money;
    exports io.pactum.core.contract;
    exports io.pactum.core.json;
    exports io.pactum.core.codec;
    exports io.pactum.core.contract.type;
    exports io.pactum.core.validation;

    // Hibernate Validator reads constraint annotations of the model reflectively.
    opens io.pactum.core.contract to org.hibernate.validator;
}
