/** The {@code musicbot} command line: thin picocli commands that parse, delegate and map failures to exit codes. */
@NullMarked
package dev.musicbot.runtime.cli;

import org.jspecify.annotations.NullMarked;
