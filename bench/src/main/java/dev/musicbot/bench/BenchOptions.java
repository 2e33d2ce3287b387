package dev.musicbot.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What one bench run does.
 *
 * @param guilds guilds that play at once in the passthrough phase (one member in voice in each)
 * @param transcodedGuilds guilds that play at once in the transcoded phase (at most {@code guilds})
 * @param seconds length of each measuring window
 * @param warmupSeconds how long streams play before a window starts
 * @param plays sequential {@code /play}s timed to their first packet on a quiet bot (at most idleGuilds)
 * @param idleGuilds guilds of the second idle measurement (the first has none)
 * @param batch how many guilds are sent {@code /play} together when the stream phases start
 * @param decodeGuilds guilds whose audio the simulator decodes to check the pitch (the rest: timeline only)
 * @param platform the platform profile ({@code --platform}) for the bot and the JVM options of both children
 * @param botJvmOptions JVM options added after the profile's, for the bot and the baseline alike
 * @param out where the JSON report goes
 * @param workDir where the children run and keep their logs
 */
record BenchOptions(
        int guilds,
        int transcodedGuilds,
        int seconds,
        int warmupSeconds,
        int plays,
        int idleGuilds,
        int batch,
        int decodeGuilds,
        String platform,
        List<String> botJvmOptions,
        Path out,
        Path workDir) {
    BenchOptions {
        if (guilds < 1 || seconds < 1 || warmupSeconds < 0 || plays < 1 || batch < 1 || decodeGuilds < 0) {
            throw new IllegalArgumentException("guilds, seconds, plays and batch must be at least 1");
        }
        if (transcodedGuilds < 1 || transcodedGuilds > guilds) {
            throw new IllegalArgumentException("transcoded guilds must be between 1 and guilds (" + guilds + ")");
        }
        if (plays > idleGuilds) {
            throw new IllegalArgumentException("plays (" + plays + ") must not exceed idle guilds (" + idleGuilds
                    + "): each play is in a guild of its own");
        }
        botJvmOptions = List.copyOf(botJvmOptions);
    }

    /** Guilds that play at once in a stream phase. */
    int guilds(Fixtures.Mode mode) {
        return mode == Fixtures.Mode.TRANSCODED ? transcodedGuilds : guilds;
    }
}
