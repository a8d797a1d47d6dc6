/**
 * What a CRM vendor writes to embed Pactum: its own notification adapter (a channel router that
 * renders template keys into WeCom and e-mail messages), its own integration-event adapter
 * (forwarding signed contracts, payments and invoice requests to its ERP and finance client), both
 * idempotent because the outbox delivers at least once, and a short run of the contract lifecycle
 * showing what they receive ({@link io.pactum.examples.crm.CrmExample}). The adapters pass the
 * conformance kit (contract-examples' tests).
 */
@NullMarked
package io.pactum.examples.crm;

import org.jspecify.annotations.NullMarked;
