/** Implementation helpers of the core. Not API: not exported, may change in any release. */
@NullMarked
package io.pactum.core.internal;

import org.jspecify.annotations.NullMarked;
