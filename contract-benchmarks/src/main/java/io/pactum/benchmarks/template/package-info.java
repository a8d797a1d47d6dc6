/**
 * Template composition benchmarks: Pactum's composer against Mustache.java rendering the same text.
 */
package io.pactum.benchmarks.template;
