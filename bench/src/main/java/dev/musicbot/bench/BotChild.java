package dev.musicbot.bench;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.voice.TrustStoreFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real bot in a child JVM, configured as a user would (environment variables, {@code run --platform}),
 * with the JVM options {@code bin/musicbot} applies for the profile, logged into a simulator.
 */
final class BotChild implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ChildJvm jvm;
    private final int healthPort;

    private BotChild(ChildJvm jvm, int healthPort) {
        this.jvm = jvm;
        this.healthPort = healthPort;
    }

    static BotChild start(DiscordSimulator sim, Path dir, BenchOptions options) throws IOException {
        return start(sim, dir, options, List.of());
    }

    /** As {@link #start(DiscordSimulator, Path, BenchOptions)}, with JVM options of this start only, after the rest. */
    static BotChild start(DiscordSimulator sim, Path dir, BenchOptions options, List<String> moreJvmOptions)
            throws IOException {
        TrustStoreFile trust = sim.voiceTrustStore();
        int port = freePort();
        Files.createDirectories(dir.resolve("no-plugins"));
        Map<String, String> env = new HashMap<>(Map.of(
                "BOT_TOKEN", sim.token(),
                "MUSICBOT_DISCORD_REST_URL", sim.restBaseUrl(),
                "MUSICBOT_DISCORD_GATEWAY_URL", sim.gatewayUrl(),
                "MUSICBOT_DISCORD_VOICE_TRUST_STORE", trust.path().toString(),
                "MUSICBOT_DISCORD_VOICE_TRUST_STORE_PASSWORD", trust.password(),
                "MUSICBOT_HEALTH_PORT", Integer.toString(port),
                "MUSICBOT_SOURCES_HTTP_ALLOW", "127.0.0.1",
                "MUSICBOT_PLUGINS_DIR", dir.resolve("no-plugins").toString(),
                // The simulator speaks DAVE only when asked; the default (required) would refuse its voice.
                "MUSICBOT_VOICE_DAVE", "preferred"));
        List<String> jvmOptions = new ArrayList<>(profileOptions(options.platform()));
        jvmOptions.addAll(options.botJvmOptions());
        jvmOptions.addAll(moreJvmOptions);
        ChildJvm jvm;
        if (options.launcher() != null) {
            // The installed bot as a user starts it: its runtime, lib/, profile options and AOT cache.
            List<String> extra = new ArrayList<>(options.botJvmOptions());
            extra.addAll(moreJvmOptions);
            jvm = ChildJvm.startLauncher(dir, options.launcher(), extra, runArguments(options), env);
        } else {
            // The same jars whether or not this run uses an AOT cache, so that --aot changes nothing else.
            jvm = ChildJvm.start(
                    dir, jvmOptions, Classpath.jars(), "dev.musicbot.runtime.cli.Launcher", runArguments(options), env);
        }
        return new BotChild(jvm, port);
    }

    private static List<String> runArguments(BenchOptions options) {
        List<String> arguments = new ArrayList<>(List.of("run", "--platform", options.platform()));
        List<String> settings = new ArrayList<>(options.botSettings());
        settings.addAll(options.shards().botSettings());
        for (String setting : settings) {
            arguments.add("--set");
            arguments.add(setting);
        }
        return arguments;
    }

    /** The options of {@code config/jvm/<platform>.options}, as {@code bin/musicbot} reads them. */
    static List<String> profileOptions(String platform) {
        try (InputStream in = BotChild.class.getResourceAsStream("jvm/" + platform + ".options")) {
            if (in == null) {
                throw new IllegalArgumentException("No JVM options for platform " + platform);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChildJvm jvm() {
        return jvm;
    }

    /** The bot's {@code /metrics}, parsed. */
    Prometheus metrics() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + healthPort + "/metrics"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("/metrics answered " + response.statusCode());
        }
        return Prometheus.parse(response.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        jvm.close();
    }
}
