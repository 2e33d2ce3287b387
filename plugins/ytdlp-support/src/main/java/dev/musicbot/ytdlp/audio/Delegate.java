package dev.musicbot.ytdlp.audio;

import com.sedmelluq.discord.lavaplayer.track.InternalAudioTrack;

/** Plays a container track as the delegate of a {@link YtDlpAudioTrack}, on the playback thread. */
@FunctionalInterface
interface Delegate {
    /**
     * Plays the track to its end (or until stopped).
     *
     * @param track the container track
     * @throws Exception whatever the container track throws
     */
    void play(InternalAudioTrack track) throws Exception;
}
