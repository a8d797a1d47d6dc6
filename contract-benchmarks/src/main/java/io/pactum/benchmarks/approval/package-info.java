/**
 * Approval routing: Pactum's compiled policy against the same 50-rule policy hand-coded in plain
 * Java, in Easy Rules with MVEL rules, and in Drools (stateless session).
 */
package io.pactum.benchmarks.approval;
