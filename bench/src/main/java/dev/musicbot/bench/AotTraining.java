package dev.musicbot.bench;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The workload a JDK AOT cache (JEP 483/514) is trained with: the bot, started with {@code -XX:AOTCacheOutput}
 * and logged in to the simulator, plays one track in one guild until the simulator has heard it, and is stopped
 * as a user stops it (SIGTERM); the JVM writes the cache as it exits. The bench trains this way for {@code --aot}
 * (the bot on the class path) and {@link TrainAot} does for an installed bot (through {@code bin/musicbot}).
 */
final class AotTraining {
    /** How long the track may take to be heard, from the {@code /play}. */
    private static final Duration HEARD = Duration.ofSeconds(60);

    /** How much of the track is heard: enough for the steady sending loop to run and be profiled. */
    private static final Duration AUDIO = Duration.ofSeconds(2);

    /** After {@code /stop}, so that stopping the player is part of the training as well. */
    private static final Duration SETTLE = Duration.ofSeconds(1);

    /** How long the bot may take to shut down and assemble the cache (a second JVM the first one starts). */
    static final Duration ASSEMBLY = Duration.ofSeconds(120);

    /** The training bot's process, as its caller started it. */
    interface TrainedBot {
        /**
         * Sends SIGTERM, and SIGKILL if it has not exited within {@code grace}.
         *
         * @return whether it exited by itself within the grace period
         */
        boolean stop(Duration grace);

        /** The end of what it printed, for an error message. */
        String output();
    }

    private AotTraining() {}

    /**
     * Plays {@code track} in {@code guild}, where {@code member} is in a voice channel, on a bot that has logged
     * in and registered {@code /play}; waits until the simulator has heard it, stops it, then stops the bot.
     *
     * @throws IllegalStateException if the bot did not exit within {@link #ASSEMBLY} or wrote no cache
     */
    static void playOnceAndStop(
            DiscordSimulator sim, SimGuild guild, String member, URI track, TrainedBot bot, Path cache)
            throws InterruptedException {
        sim.voice(guild).decode(true);
        sim.slash(guild, member, "play", Map.of("query", track.toString()));
        sim.voice(guild).awaitConnected(HEARD).awaitAudio(AUDIO, HEARD);
        sim.slash(guild, member, "stop", Map.of()).awaitCallback(HEARD);
        Thread.sleep(SETTLE.toMillis());
        if (!bot.stop(ASSEMBLY)) {
            throw new IllegalStateException("The AOT training bot did not exit within " + ASSEMBLY
                    + "; its output ends with:\n" + bot.output());
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException(
                    "The AOT training run wrote no cache to " + cache + "; its output ends with:\n" + bot.output());
        }
    }
}
