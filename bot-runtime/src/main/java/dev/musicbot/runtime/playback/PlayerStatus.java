package dev.musicbot.runtime.playback;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import java.util.Optional;

/**
 * What one guild's player is doing, for the health checks and the metrics.
 *
 * @param guild its guild
 * @param voiceChannel the voice channel it joined and has not left: where it should be connected
 * @param hasTrack whether it has a current track (playing or paused)
 * @param playing whether that track is playing (not paused)
 * @param queueLength the tracks waiting after the current one
 */
public record PlayerStatus(
        GuildId guild, Optional<ChannelId> voiceChannel, boolean hasTrack, boolean playing, int queueLength) {}
