package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.source.http.HttpAudioTrack;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackState;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Starts a resumed track at its saved position. LavaPlayer seeks a track whose position was set before it started
 * as its first step, and its Ogg Opus reader cannot: it has not read the stream's headers yet and fails the track
 * ("Something went wrong when seeking to a position", a NullPointerException inside). An Ogg track is therefore
 * sought only once its first frames came, which is heard as a moment of its beginning; every other container is
 * sought before it starts, as before.
 */
final class ResumeSeek {
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private ResumeSeek() {}

    /** Whether the track may be given its position before it starts. */
    static boolean beforeStart(AudioTrack track) {
        return !(track instanceof HttpAudioTrack http
                && http.getContainerTrackFactory() != null
                && http.getContainerTrackFactory()
                        .probe
                        .getName()
                        .toLowerCase(Locale.ROOT)
                        .contains("ogg"));
    }

    /** Seeks once the track plays (on a virtual thread: never under any lock), unless it was replaced first. */
    static void onceStarted(AudioPlayer player, AudioTrack track, long millis) {
        Thread.ofVirtual().name("resume-seek").start(() -> {
            long deadline = System.nanoTime() + WAIT_NANOS;
            try {
                while (track.getPosition() <= 0
                        && track.getState() != AudioTrackState.FINISHED
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (player.getPlayingTrack() == track && track.getState() == AudioTrackState.PLAYING) {
                track.setPosition(millis);
            }
        });
    }
}
