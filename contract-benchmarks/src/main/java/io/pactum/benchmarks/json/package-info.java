/** Benchmarks of the JSON codec against Jackson data binding. */
package io.pactum.benchmarks.json;
