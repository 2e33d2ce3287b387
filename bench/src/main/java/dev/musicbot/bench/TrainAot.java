package dev.musicbot.bench;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.voice.TrustStoreFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains the AOT cache of an installed bot: runs its {@code bin/musicbot run} against the Discord simulator with
 * {@code MUSICBOT_JAVA_OPTS=-XX:AOTCacheOutput=<output>} and the {@link AotTraining} workload (log in, one
 * {@code /play} of a loopback WebM/Opus tone heard, SIGTERM). The cache matches that installation only where it
 * is (JDK 25 checks module-path jars by their paths) and only the runtime it was made with: the distribution's
 * build trains one for {@code target/musicbot}, the container image's build one for {@code /opt/musicbot}.
 */
@Command(
        name = "train-aot",
        mixinStandardHelpOptions = true,
        description = "Trains the JDK AOT cache of an installed bot (bin/musicbot) against the Discord simulator.")
public final class TrainAot implements Callable<Integer> {
    private static final String MEMBER = "alice";
    private static final Duration LOGIN = Duration.ofSeconds(120);

    /** Variables of the caller that would configure the bot or its JVM (the image sets some). */
    private static final Set<String> LEAKY =
            Set.of("BOT_TOKEN", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "STAY_CONNECTED_24_7");

    @Option(names = "--launcher", required = true, description = "The installation's bin/musicbot")
    Path launcher;

    @Option(names = "--output", required = true, description = "The cache to write, e.g. runtime/lib/musicbot.aot")
    Path output;

    @Option(names = "--work-dir", description = "Where the bot runs and keeps its logs (default: a new temp directory)")
    Path workDir;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TrainAot()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("musicbot-aot");
        Path cache = output.toAbsolutePath();
        Files.deleteIfExists(cache);
        long started = System.nanoTime();
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.start()) {
            URI tone = http.serve(
                    "/training.webm", AudioFixtures.sine(dir, AudioFileFormat.WEBM_OPUS, 440, Duration.ofSeconds(30)));
            SimGuild guild = sim.guild("Training")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member(MEMBER)
                    .voiceState(MEMBER, "Music")
                    .create();
            Launched bot = Launched.start(dir.resolve("bot"), launcher.toAbsolutePath(), sim, cache);
            try {
                try {
                    sim.awaitCommand("play", LOGIN);
                } catch (AssertionError e) {
                    throw new IllegalStateException(
                            "The training bot did not register /play within " + LOGIN + ":\n" + bot.output(), e);
                }
                AotTraining.playOnceAndStop(sim, guild, MEMBER, tone, bot, cache);
            } finally {
                bot.process.destroyForcibly();
            }
        }
        System.out.printf(
                "AOT cache %s: %.1f MB, trained in %.1f s (logs in %s)%n",
                cache, Files.size(cache) / 1e6, (System.nanoTime() - started) / 1e9, dir);
        return 0;
    }

    /** {@code bin/musicbot run}, configured for the simulator as a user would (environment variables). */
    private record Launched(Process process, Path dir) implements AotTraining.TrainedBot {
        static Launched start(Path dir, Path launcher, DiscordSimulator sim, Path cache) throws IOException {
            Files.createDirectories(dir);
            TrustStoreFile trust = sim.voiceTrustStore();
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "run")
                    .directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(dir.resolve("stdout.txt").toFile())
                    .redirectError(dir.resolve("stderr.txt").toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("MUSICBOT_") || LEAKY.contains(key));
            env.putAll(Map.of(
                    "BOT_TOKEN", sim.token(),
                    "MUSICBOT_DISCORD_REST_URL", sim.restBaseUrl(),
                    "MUSICBOT_DISCORD_GATEWAY_URL", sim.gatewayUrl(),
                    "MUSICBOT_DISCORD_VOICE_TRUST_STORE", trust.path().toString(),
                    "MUSICBOT_DISCORD_VOICE_TRUST_STORE_PASSWORD", trust.password(),
                    // The simulator speaks DAVE only when asked; the default (required) would refuse its voice.
                    "MUSICBOT_VOICE_DAVE", "preferred",
                    "MUSICBOT_SOURCES_HTTP_ALLOW", "127.0.0.1",
                    "MUSICBOT_HEALTH_PORT", Integer.toString(freePort()),
                    "MUSICBOT_JAVA_OPTS", "-XX:AOTCacheOutput=" + cache));
            return new Launched(builder.start(), dir);
        }

        @Override
        public boolean stop(Duration grace) {
            return ChildJvm.stop(process, grace);
        }

        @Override
        public String output() {
            StringBuilder text = new StringBuilder();
            for (String file : List.of("stdout.txt", "stderr.txt")) {
                try {
                    List<String> lines = Files.readAllLines(dir.resolve(file));
                    text.append("--- ").append(file).append('\n');
                    lines.subList(Math.max(0, lines.size() - 30), lines.size())
                            .forEach(line -> text.append(line).append('\n'));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return text.toString();
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
