/** Discord through JDA: the connection, DAVE, slash-command registration and interaction routing. */
@NullMarked
package dev.musicbot.runtime.discord;

import org.jspecify.annotations.NullMarked;
