/** Platform detection (x86_64, aarch64, armv7) and the tuning profile of each. */
@NullMarked
package dev.musicbot.runtime.platform;

import org.jspecify.annotations.NullMarked;
