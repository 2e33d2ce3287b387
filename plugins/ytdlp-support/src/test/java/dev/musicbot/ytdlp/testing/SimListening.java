package dev.musicbot.ytdlp.testing;

import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioMark;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Waiting helpers for end-to-end tests against the Discord simulator that do not depend on how the runtime
 * answers (directly, or deferred and then edited or replaced by a follow-up) or on how long a track takes to
 * load (yt-dlp runs when a track starts).
 */
public final class SimListening {
    private SimListening() {}

    /**
     * The reply whose content matches: the response itself, or a follow-up (which replaces a deferral).
     *
     * @param interaction the command
     * @param content what the final reply says
     * @param timeout how long to wait
     * @return the message
     */
    public static SimMessage reply(SimInteraction interaction, Predicate<String> content, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (SimMessage followUp : interaction.followUps().reversed()) {
                if (content.test(followUp.content())) {
                    return followUp;
                }
            }
            Optional<SimMessage> response = interaction
                    .response()
                    .filter(m -> !m.loading() && !m.deleted())
                    .filter(m -> content.test(m.content()));
            if (response.isPresent()) {
                return response.get();
            }
            pause();
        }
        throw new AssertionError("no matching reply to " + interaction + "; response="
                + interaction.response().map(SimMessage::content) + ", follow-ups="
                + interaction.followUps().size());
    }

    /**
     * Listens after a mark, one more second at a time, until the expected tone is the dominant frequency of
     * the last 0.8 s of audio, or 20 s of audio have passed.
     *
     * @param voice the bot's voice connection
     * @param mark where to start listening
     * @param expectedHz the tone
     * @param timeout how long to wait for each second of audio
     * @return the frequency heard last
     */
    public static double pitch(SimVoice voice, AudioMark mark, double expectedHz, Duration timeout) {
        double heard = 0;
        for (int seconds = 2; seconds <= 20; seconds++) {
            heard = voice.awaitAudioAfter(mark, Duration.ofSeconds(seconds), timeout)
                    .lastAudio(Duration.ofMillis(800))
                    .dominantFrequency();
            if (Math.abs(heard - expectedHz) <= 5) {
                return heard;
            }
        }
        return heard;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
