/** The runtime's root: version information. Subpackages hold everything else. */
@NullMarked
package dev.musicbot.runtime;

import org.jspecify.annotations.NullMarked;
