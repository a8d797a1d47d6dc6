/**
 * Risk scan benchmarks: the engine on one and two threads against a naive one-stream-per-rule
 * version over the same snapshots, an embedded SQL (H2) version, the memory-bandwidth floor of the
 * same bytes, and incremental re-evaluation after 1% of the obligations change.
 */
package io.pactum.benchmarks.risk;
