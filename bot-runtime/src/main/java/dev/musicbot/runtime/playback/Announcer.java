package dev.musicbot.runtime.playback;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.text.Text;

/** Speaks in a guild's text channel: notices (a track failed, the bot left) and the now-playing card. */
public interface Announcer {
    /** Posts a short notice, in the guild's language. */
    void say(ChannelId channel, Text text);

    /** Posts the now-playing card of a track that just started, in the guild's language, replacing the previous card. */
    void trackStarted(ChannelId channel, GuildPlayback player);
}
