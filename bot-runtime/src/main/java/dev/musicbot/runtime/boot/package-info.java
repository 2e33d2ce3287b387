/** Assembling and running the bot: plugins, audio engine, Discord connection, shutdown. */
@NullMarked
package dev.musicbot.runtime.boot;

import org.jspecify.annotations.NullMarked;
