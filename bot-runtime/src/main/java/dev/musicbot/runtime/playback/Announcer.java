package dev.musicbot.runtime.playback;

import dev.musicbot.api.ChannelId;

/** Says something in a guild's text channel (a track failed, the queue ended). */
@FunctionalInterface
public interface Announcer {
    void say(ChannelId channel, String text);
}
