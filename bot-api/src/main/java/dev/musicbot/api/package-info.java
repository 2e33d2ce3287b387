/** Identifiers, stability annotations and the user-facing error type shared by every extension point. */
@NullMarked
package dev.musicbot.api;

import org.jspecify.annotations.NullMarked;
