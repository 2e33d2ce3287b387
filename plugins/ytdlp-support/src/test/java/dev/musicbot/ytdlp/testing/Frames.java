package dev.musicbot.ytdlp.testing;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.track.playback.AudioFrame;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Pulls 20 ms frames out of a real LavaPlayer player, as the Discord send loop does (only faster). */
public final class Frames {
    private Frames() {}

    /**
     * Counts the frames the player provides until its track ends or the time is up.
     *
     * @param player a player that has been told to play a track
     * @param limit the longest to wait
     * @return the number of frames
     */
    public static int count(AudioPlayer player, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int frames = 0;
        while (System.nanoTime() < deadline) {
            try {
                AudioFrame frame = player.provide(100, TimeUnit.MILLISECONDS);
                if (frame != null && frame.getDataLength() > 0) {
                    frames++;
                } else if (frame == null && player.getPlayingTrack() == null) {
                    return frames;
                }
            } catch (TimeoutException e) {
                if (player.getPlayingTrack() == null) {
                    return frames;
                }
            }
        }
        return frames;
    }
}
