package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import dev.musicbot.api.playback.SegmentProvider;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.runtime.audio.ProbedTracks;
import dev.musicbot.runtime.filter.TrackLoudness;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every guild's player shares: the audio engine, the known loudness of tracks, the track loader, the event
 * fan-out, the announcer, the registered segment providers and autoplay.
 */
record PlayerParts(
        AudioPlayerManager manager,
        ProbedTracks probed,
        TrackLoudness loudness,
        TrackLoader tracks,
        PlaybackEvents events,
        Announcer announcer,
        Supplier<List<SegmentProvider>> segmentProviders,
        Autoplay autoplay) {}
