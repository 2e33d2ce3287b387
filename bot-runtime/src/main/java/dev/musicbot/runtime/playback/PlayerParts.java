package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;

/** What every guild's player shares: the audio engine, the event fan-out and the announcer. */
record PlayerParts(AudioPlayerManager manager, PlaybackEvents events, Announcer announcer) {}
