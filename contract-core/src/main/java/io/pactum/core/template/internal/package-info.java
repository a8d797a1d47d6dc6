/**
 * The template engine's implementation: the parser of the template syntax and of the closed
 * condition grammar, the compiled tree, the renderer and the locale formatters. Not API.
 */
@NullMarked
package io.pactum.core.template.internal;

import org.jspecify.annotations.NullMarked;
