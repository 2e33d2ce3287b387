/** The built-in commands, contributed through the same SPI as any plugin's by {@link dev.musicbot.runtime.command.CorePlugin}. */
@NullMarked
package dev.musicbot.runtime.command;

import org.jspecify.annotations.NullMarked;
