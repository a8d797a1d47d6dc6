/**
 * JMH benchmarks of obligation scheduling and reminders, with lib-recur (dmfs) expanding the
 * same monthly recurrence for comparison.
 */
package io.pactum.benchmarks.schedule;
