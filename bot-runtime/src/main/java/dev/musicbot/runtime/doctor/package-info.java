/** {@code musicbot doctor}: what the bot finds on this machine. */
@NullMarked
package dev.musicbot.runtime.doctor;

import org.jspecify.annotations.NullMarked;
