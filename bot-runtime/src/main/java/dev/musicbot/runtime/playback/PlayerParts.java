package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import dev.musicbot.api.source.TrackLoader;

/** What every guild's player shares: the audio engine, the track loader, the event fan-out and the announcer. */
record PlayerParts(AudioPlayerManager manager, TrackLoader tracks, PlaybackEvents events, Announcer announcer) {}
