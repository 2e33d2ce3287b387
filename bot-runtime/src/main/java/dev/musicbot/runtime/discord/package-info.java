/**
 * Discord through JDA, the bridge: the connection, DAVE, slash-command registration, interaction routing, and the
 * players' ports (sessions, voice links, announcements, the audio send handler).
 */
@NullMarked
package dev.musicbot.runtime.discord;

import org.jspecify.annotations.NullMarked;
