/** Text the bot renders for Discord: escaping of what users and sources supplied. */
@NullMarked
package dev.musicbot.runtime.text;

import org.jspecify.annotations.NullMarked;
