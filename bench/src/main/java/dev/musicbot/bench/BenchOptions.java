package dev.musicbot.bench;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
 * @param filters the {@code /filter} presets and {@code normalize} whose cost is measured (empty: none, and no
 *     filter windows at all)
 * @param filterGuilds guilds that play while the filters are measured (at most {@code guilds})
 * @param filterSeconds length of each filter's measuring window
 * @param platform the platform profile ({@code --platform}) for the bot and the JVM options of both children
 * @param botJvmOptions JVM options added after the profile's, for the bot and the baseline alike
 * @param out where the JSON report goes
 * @param workDir where the children run and keep their logs
 * @param botSettings bot settings ({@code key=value}) given to {@code musicbot run --set}, e.g. {@code voice.send=java}
 * @param shards the gateway shards of the bot and of the simulator, and the ones this process runs
 * @param aot whether the bot runs with a JDK AOT cache ({@code -XX:AOTCache}) trained in this run first: logged
 *     in, one {@code /play} heard, stopped
 * @param launcher an installed bot's {@code bin/musicbot}, which the bot is started with (its runtime, lib/,
 *     profile options and AOT cache; {@code botJvmOptions} in {@code MUSICBOT_JAVA_OPTS}), or null: this JVM's
 *     java with the bench's class path and the profile's options
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
        List<String> filters,
        int filterGuilds,
        int filterSeconds,
        String platform,
        List<String> botJvmOptions,
        Path out,
        Path workDir,
        List<String> botSettings,
        ShardPlan shards,
        boolean aot,
        @Nullable Path launcher) {
    BenchOptions {
        botSettings = List.copyOf(botSettings);
        for (String setting : botSettings) {
            if (setting.indexOf('=') < 1) {
                throw new IllegalArgumentException("a bot setting is key=value, got '" + setting + "'");
            }
            if (setting.startsWith("discord.shards.")) {
                throw new IllegalArgumentException("the shards are set with --shards and --shards-per-process, which"
                        + " also give the simulator its shards and put the guilds on them");
            }
        }
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
        if (aot && botJvmOptions.stream().anyMatch(option -> option.startsWith("-XX:AOT"))) {
            throw new IllegalArgumentException("--aot trains and sets the AOT cache itself; leave -XX:AOT* out");
        }
        filters = List.copyOf(filters);
        for (String filter : filters) {
            if (!FilterWindows.ALL.contains(filter) || filter.equals("passthrough") || filter.equals("transcode")) {
                throw new IllegalArgumentException("unknown filter '" + filter + "'; the filters are "
                        + String.join(", ", FilterWindows.ALL.subList(2, FilterWindows.ALL.size())));
            }
        }
        if (!filters.isEmpty() && (filterGuilds < 1 || filterGuilds > guilds || filterSeconds < 1)) {
            throw new IllegalArgumentException(
                    "filter guilds must be between 1 and guilds (" + guilds + "), filter seconds at least 1");
        }
    }

    /** A run without filter windows (the options before they existed). */
    BenchOptions(
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
        this(
                guilds,
                transcodedGuilds,
                seconds,
                warmupSeconds,
                plays,
                idleGuilds,
                batch,
                decodeGuilds,
                List.of(),
                1,
                1,
                platform,
                botJvmOptions,
                out,
                workDir,
                List.of(),
                ShardPlan.single(),
                false,
                null);
    }

    /** How long the filter windows take, warm-ups included. */
    int filterPhaseSeconds() {
        return FilterWindows.settings(filters).size() * (warmupSeconds + filterSeconds + 3);
    }

    /** Guilds that play at once in a stream phase. */
    int guilds(Fixtures.Mode mode) {
        return mode == Fixtures.Mode.TRANSCODED ? transcodedGuilds : guilds;
    }
}
