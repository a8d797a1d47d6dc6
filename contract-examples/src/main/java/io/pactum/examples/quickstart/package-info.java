/** The quickstart example: the README's main command. */
package io.pactum.examples.quickstart;
