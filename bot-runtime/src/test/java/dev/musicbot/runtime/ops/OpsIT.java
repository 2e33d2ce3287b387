package dev.musicbot.runtime.ops;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * The health endpoint and the metrics of the real bot against the Discord simulator: readiness follows the
 * gateway through a dropped session, the named series exist and move while a tone plays, and a voice
 * connection that stays down is rejoined by the health loop.
 */
class OpsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path fixtures;

    @TempDir
    Path dir;

    private static AudioHttpServer http;
    private static URI tone;

    @BeforeAll
    static void serveTone() {
        http = AudioHttpServer.start();
        tone = http.serve(
                "/music/tone-440.ogg",
                AudioFixtures.sine(fixtures, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(60)));
    }

    @AfterAll
    static void stopServer() {
        http.close();
    }

    @Test
    void readinessFollowsTheGatewayThroughADroppedSessionAndTheTokenIsNeverLogged() throws Exception {
        try (LogCapture logs = new LogCapture(Logger.ROOT_LOGGER_NAME);
                DiscordSimulator sim = DiscordSimulator.start()) {
            guild(sim);
            try (Bot bot = start(sim, Map.of())) {
                Endpoint endpoint = new Endpoint(bot.operations().port().orElseThrow(), WAIT);
                HttpResponse<String> live = endpoint.get("/health/live");
                assertThat(live.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(live.body())).isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));
                JsonNode ready = endpoint.json("/health/ready", 200);
                assertThat(ready.path("checks").path("gateway").path("status").asText())
                        .isEqualTo("UP");
                assertThat(ready.path("checks").path("voice").path("status").asText())
                        .isEqualTo("UP");
                assertThat(bot.operations().tempDir()).isDirectory();

                // Not resumable: JDA queues a new IDENTIFY behind its 5 s identify delay.
                sim.gateway().invalidateSession(false);
                JsonNode degraded = endpoint.awaitStatus("/health/ready", 503);
                assertThat(degraded.path("status").asText()).isEqualTo("DOWN");
                assertThat(degraded.path("checks")
                                .path("gateway")
                                .path("status")
                                .asText())
                        .isEqualTo("DOWN");
                assertThat(endpoint.get("/health").statusCode()).isEqualTo(503);
                assertThat(endpoint.get("/health/live").statusCode())
                        .as("reconnecting is not fatal")
                        .isEqualTo(200);

                sim.gateway().awaitIdentifies(2, WAIT);
                JsonNode back = endpoint.awaitStatus("/health/ready", 200);
                assertThat(back.path("checks").path("gateway").path("detail").asText())
                        .isEqualTo("connected");
            }
            assertThat(logs.events()).isNotEmpty().noneMatch(event -> mentions(event, sim.token()));
        }
    }

    @Test
    void metricsNameTheSeriesAndMoveWhileATonePlays() throws Exception {
        try (DiscordSimulator sim = DiscordSimulator.start()) {
            SimGuild guild = guild(sim);
            try (Bot bot = start(sim, Map.of())) {
                Endpoint endpoint = new Endpoint(bot.operations().port().orElseThrow(), WAIT);
                String before = endpoint.metrics();
                assertThat(before)
                        .contains("musicbot_guilds 1.0", "musicbot_players 0.0", "musicbot_players_active 0.0")
                        .contains("jvm_memory_used_bytes{", "jvm_gc_memory_allocated_bytes_total")
                        .contains("jvm_threads_live_threads", "process_cpu_usage");

                play(sim, guild, "Now playing");
                SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
                voice.awaitAudio(Duration.ofSeconds(2), WAIT);
                String series = "{guild=\"" + guild.id() + "\"}";
                String first = endpoint.metrics();
                assertThat(first)
                        .contains("musicbot_players 1.0", "musicbot_players_active 1.0")
                        .contains("musicbot_voice_connections 1.0", "musicbot_queue_length" + series + " 0.0")
                        .contains("musicbot_frames_missed_total" + series)
                        .contains("musicbot_players_state{state=\"playing\"} 1.0")
                        .contains("musicbot_players_state{state=\"paused\"} 0.0")
                        .contains("musicbot_audio_stalls_total");
                assertThat(value(first, "musicbot_audio_send_lateness_seconds_count"))
                        .as("a lateness sample per 20 ms tick while the tone plays")
                        .isGreaterThanOrEqualTo(50);
                double sentFirst = value(first, "musicbot_frames_sent_total" + series);
                assertThat(sentFirst).isGreaterThanOrEqualTo(50); // at least the 2 s heard, 50 frames a second

                AudioMark mark = voice.mark();
                voice.awaitAudioAfter(mark, Duration.ofSeconds(1), WAIT);
                play(sim, guild, "Queued at position 1");
                String second = endpoint.metrics();
                assertThat(value(second, "musicbot_frames_sent_total" + series)).isGreaterThanOrEqualTo(sentFirst + 40);
                assertThat(value(second, "musicbot_queue_length" + series)).isEqualTo(1.0);
                // The same link twice: two songs processed, the second answered from the cache.
                assertThat(value(second, "musicbot_processing_tasks_total{outcome=\"ready\"}"))
                        .isEqualTo(2.0);
                assertThat(value(second, "musicbot_processing_duration_seconds_count"))
                        .isEqualTo(2.0);
                assertThat(value(second, "cache_gets_total{cache=\"resolve\",result=\"hit\"}"))
                        .isEqualTo(1.0);
                assertThat(value(second, "cache_gets_total{cache=\"resolve\",result=\"miss\"}"))
                        .isEqualTo(1.0);
                assertThat(second)
                        .contains("musicbot_processing_queue_depth 0.0")
                        .contains("musicbot_processing_worker_tasks_total{worker=\"0\"}");

                sim.slash(guild, "alice", "pause", Map.of()).awaitContent("Paused."::equals, WAIT);
                String paused = endpoint.metrics();
                assertThat(value(paused, "musicbot_players_active")).isZero();
                assertThat(paused)
                        .contains("musicbot_players_state{state=\"paused\"} 1.0")
                        .contains("musicbot_players_state{state=\"playing\"} 0.0");
            }
        }
    }

    @Test
    void aVoiceConnectionThatStaysDownIsRejoinedByTheHealthLoop() throws Exception {
        try (LogCapture logs = new LogCapture(VoiceWatch.class);
                DiscordSimulator sim = DiscordSimulator.start()) {
            SimGuild guild = guild(sim);
            try (Bot bot = start(sim, Map.of("health.interval-seconds", "1"))) {
                play(sim, guild, "Now playing");
                SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
                voice.awaitAudio(Duration.ofSeconds(1), WAIT);

                // Discord ends the voice session; JDA does not reconnect after 4014 and the bot stays in the channel.
                voice.close(4014);
                awaitSessions(voice, 2);
                voice.awaitConnected(WAIT);
                AudioMark mark = voice.mark();
                assertThat(voice.awaitAudioAfter(mark, Duration.ofSeconds(2), WAIT)
                                .dominantFrequency())
                        .isCloseTo(440, within(5.0));
                assertThat(logs.messages(Level.WARN))
                        .contains("Guild " + guild.id() + ": the voice connection stayed down; rejoining the voice"
                                + " channel");
                new Endpoint(bot.operations().port().orElseThrow(), WAIT).awaitStatus("/health/ready", 200);
            }
        }
    }

    @Test
    void aBotAModeratorDisconnectedStaysOutUntilTheNextPlay() throws Exception {
        try (DiscordSimulator sim = DiscordSimulator.start()) {
            SimGuild guild = guild(sim);
            try (Bot bot = start(sim, Map.of("health.interval-seconds", "1"))) {
                play(sim, guild, "Now playing");
                SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
                voice.awaitAudio(Duration.ofSeconds(1), WAIT);
                play(sim, guild, "Queued at position 1");

                voice.kick(); // VOICE_STATE_UPDATE with no channel for the bot, then close 4014
                assertThat(sim.awaitChannelMessage(
                                        guild.channel("general"),
                                        m -> m.content().contains("disconnected"),
                                        WAIT)
                                .content())
                        .contains("cleared the queue");
                Thread.sleep(5_000); // five health-loop rounds, each of which would rejoin a lost connection
                assertThat(guild.botVoiceChannel()).as("stays out").isEmpty();
                assertThat(joins(sim)).as("voice joins the bot asked for").isEqualTo(1);
                new Endpoint(bot.operations().port().orElseThrow(), WAIT).awaitStatus("/health/ready", 200);

                play(sim, guild, "Now playing"); // a fresh start, not the old queue
                AudioMark mark = sim.voice(guild).awaitConnected(WAIT).mark();
                assertThat(sim.voice(guild)
                                .awaitAudioAfter(mark, Duration.ofSeconds(2), WAIT)
                                .dominantFrequency())
                        .isCloseTo(440, within(5.0));
                assertThat(joins(sim)).isEqualTo(2);
            }
        }
    }

    private static long joins(DiscordSimulator sim) {
        return sim.gateway().received(4).stream()
                .filter(op -> !op.data().path("channel_id").isNull())
                .count();
    }

    @Test
    void theEndpointIsOffWhenDisabledAndTheBotRunsWithoutItWhenItsPortIsTaken() throws Exception {
        try (DiscordSimulator sim = DiscordSimulator.start()) {
            guild(sim);
            try (Bot bot = start(sim, Map.of("health.enabled", "false"))) {
                assertThat(bot.operations().port()).isEmpty();
                assertThat(bot.operations().report().ready()).isTrue();
            }
            try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    LogCapture logs = new LogCapture(Operations.class);
                    Bot bot = start(sim, Map.of("health.port", String.valueOf(taken.getLocalPort())))) {
                assertThat(bot.operations().port()).isEmpty();
                assertThat(logs.messages(Level.ERROR))
                        .singleElement(as(InstanceOfAssertFactories.STRING))
                        .startsWith("Cannot listen on 127.0.0.1:" + taken.getLocalPort() + " for the health endpoint")
                        .endsWith("Set health.port to a free port, or health.enabled to false.");
                assertThat(bot.operations().report().checks()).containsKeys("gateway", "voice");
            }
        }
    }

    private Bot start(DiscordSimulator sim, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("health.port", "0", "sources.http.allow", "127.0.0.1"));
        settings.putAll(extra);
        Bot bot = BotHarness.start(sim, dir, settings);
        sim.awaitCommand("play", WAIT);
        return bot;
    }

    private static SimGuild guild(DiscordSimulator sim) {
        return sim.guild("Ops Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
    }

    private static void play(DiscordSimulator sim, SimGuild guild, String replyStart) {
        sim.slash(guild, "alice", "play", Map.of("query", tone.toString()))
                .awaitContent(text -> text.startsWith(replyStart), WAIT);
    }

    private static void awaitSessions(SimVoice voice, int sessions) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (voice.sessions() < sessions && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(voice.sessions()).as("voice sessions").isGreaterThanOrEqualTo(sessions);
    }

    /** The value of the first sample whose name and labels are exactly {@code series}. */
    private static double value(String scrape, String series) {
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(m.find()).as("series %s in%n%s", series, scrape).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static boolean mentions(ILoggingEvent event, String secret) {
        if (event.getFormattedMessage() != null && event.getFormattedMessage().contains(secret)) {
            return true;
        }
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(secret)) {
                return true;
            }
        }
        return false;
    }
}
