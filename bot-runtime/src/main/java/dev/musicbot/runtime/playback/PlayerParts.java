package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.runtime.audio.ProbedTracks;
import dev.musicbot.runtime.filter.TrackLoudness;

/** What every guild's player shares: the audio engine, the known loudness of tracks, the track loader, the event fan-out and the announcer. */
record PlayerParts(
        AudioPlayerManager manager,
        ProbedTracks probed,
        TrackLoudness loudness,
        TrackLoader tracks,
        PlaybackEvents events,
        Announcer announcer) {}
