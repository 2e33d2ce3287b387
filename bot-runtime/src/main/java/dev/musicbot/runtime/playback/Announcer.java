package dev.musicbot.runtime.playback;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.playback.GuildPlayback;

/** Speaks in a guild's text channel: notices (a track failed, the bot left) and the now-playing card. */
public interface Announcer {
    /** Posts a short notice. */
    void say(ChannelId channel, String text);

    /** Posts the now-playing card of a track that just started, replacing the previous card. */
    void trackStarted(ChannelId channel, GuildPlayback player);
}
