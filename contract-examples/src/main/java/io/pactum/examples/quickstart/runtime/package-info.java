/**
 * The quickstart on the runtime: the {@code ContractManager} over the JDBC adapter (an H2 file by
 * default, PostgreSQL with {@code --jdbc-url}), the shipped library loaded into it, the year's
 * events played as runtime commands ({@link io.pactum.examples.quickstart.runtime.RuntimeYearHooks}),
 * a mailbox that stands for the outside world's e-mail, ERP and e-signature systems, and the
 * progress record that lets a second run continue where the first stopped.
 */
@NullMarked
package io.pactum.examples.quickstart.runtime;

import org.jspecify.annotations.NullMarked;
