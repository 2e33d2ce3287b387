package dev.musicbot.plugin.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.ytdlp.testing.RangeBody;
import dev.musicbot.ytdlp.testing.RssFeed;
import dev.musicbot.ytdlp.testing.Scripts;
import dev.musicbot.ytdlp.testing.SimListening;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault matrix's yt-dlp and stream faults while a queue plays, end to end: the real runtime with the youtube
 * plugin, the real yt-dlp behind a wrapper that sends YouTube pages to loopback files, and the audio heard.
 * Each faulty song is announced once in the channel and the queue goes on with the next song.
 */
class YouTubeFaultsIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild guild;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("YouTube Faults")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
    }

    @AfterEach
    void stop() {
        sim.close();
        http.close();
    }

    /**
     * A queue whose first song's yt-dlp never answers and whose second song's yt-dlp is killed mid-resolve: each
     * is given up (the first after the configured 10 s, its process tree killed: no process of it outlives the
     * timeout), announced once, and the third song plays.
     */
    @Test
    void aYtDlpThatHangsOrIsKilledWhileAQueuePlaysIsAnnouncedOnceAndTheNextSongPlays() {
        Path hang = Scripts.write(dir, "hang-forever", "sleep 3600");
        String misbehave = """
                for a do
                  case "$a" in
                    *v=hangForever*) '%s' & wait; exit 1 ;;
                    *v=killedMidRe*) kill -9 $$ ;;
                  esac
                done""".formatted(hang);
        URI good = tone("/goodSong660.webm", 660);
        http.serve(
                "/PLfaults.xml",
                RssFeed.of(
                        "Faulty Mix",
                        List.of(
                                new RssFeed.Item("Hangs", watch("hangForever"), Duration.ofSeconds(30)),
                                new RssFeed.Item("Killed", watch("killedMidRe"), Duration.ofSeconds(30)),
                                new RssFeed.Item("Good", watch("goodSong660"), Duration.ofSeconds(30)))),
                "application/rss+xml");
        assertThat(good).isNotNull();

        try (Bot _ = startBot(misbehave, Map.of("plugins.youtube.timeout-seconds", "10"))) {
            SimMessage queued = play("https://www.youtube.com/playlist?list=PLfaults", text -> text.contains("Faulty"));
            assertThat(queued.content()).contains("3 tracks");
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            AudioMark mark = voice.mark();

            assertThat(SimListening.pitch(voice, mark, 660, WAIT))
                    .as("the third song")
                    .isCloseTo(660, within(5.0));
            assertThat(ProcessHandle.allProcesses()
                            .filter(p -> p.info().commandLine().orElse("").contains(hang.toString())))
                    .as("processes yt-dlp started that outlived it")
                    .isEmpty();
            List<String> notices = notices();
            assertThat(notices).filteredOn(n -> n.contains("Hangs")).hasSize(1);
            assertThat(notices).filteredOn(n -> n.contains("Killed")).hasSize(1);
            assertThat(notices).hasSize(2);
        }
    }

    /**
     * Songs whose stream is cut partway through and whose reconnect (a range request) is refused with 403, as an
     * expired googlevideo URL is: the first gets a fresh stream URL from yt-dlp once and plays on from where it
     * stopped, without a notice; the second is refused again with its fresh URL, so it is skipped with one
     * notice, and the third song plays.
     */
    @Test
    void aStreamRefusedMidTrackIsResolvedAgainOnceThenSkippedWithOneNotice() throws IOException {
        RefusingStream once = new RefusingStream(toneBytes(440), true);
        RefusingStream always = new RefusingStream(toneBytes(550), false);
        http.route("/refusedOnce.webm", once);
        http.route("/refusedTwic.webm", always);
        tone("/goodSong660.webm", 660);
        http.serve(
                "/PLrefused.xml",
                RssFeed.of(
                        "Refused Mix",
                        List.of(
                                new RssFeed.Item("Refused Once", watch("refusedOnce"), Duration.ofSeconds(8)),
                                new RssFeed.Item("Refused Twice", watch("refusedTwic"), Duration.ofSeconds(8)),
                                new RssFeed.Item("Good", watch("goodSong660"), Duration.ofSeconds(8)))),
                "application/rss+xml");
        Path runs = dir.resolve("runs.log");
        String logRuns = "for a do case \"$a\" in *v=*) echo \"$a\" >> '" + runs + "' ;; esac; done";

        try (Bot _ = startBot(logRuns, Map.of())) {
            SimMessage queued =
                    play("https://www.youtube.com/playlist?list=PLrefused", text -> text.contains("Refused"));
            assertThat(queued.content()).contains("3 tracks");
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            awaitRefusal(once);
            AudioMark afterRefusal = voice.mark();
            assertThat(voice.awaitAudioAfter(afterRefusal, Duration.ofSeconds(2), WAIT)
                            .dominantFrequency())
                    .as("the first song plays on after its stream was refused")
                    .isCloseTo(440, within(5.0));

            assertThat(SimListening.pitch(voice, afterRefusal, 660, WAIT))
                    .as("the third song")
                    .isCloseTo(660, within(5.0));
            assertThat(once.refusals())
                    .as("refused once, then the fresh URL served")
                    .isEqualTo(1);
            assertThat(always.refusals())
                    .as("refused, and refused again after a fresh URL")
                    .isEqualTo(2);
            List<String> resolved = Files.readAllLines(runs);
            assertThat(resolved).filteredOn(a -> a.contains("refusedOnce")).hasSize(2);
            assertThat(resolved).filteredOn(a -> a.contains("refusedTwic")).hasSize(2);
            assertThat(notices()).singleElement().asString().contains("Refused Twice", "403");
        }
    }

    private static void awaitRefusal(RefusingStream stream) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (stream.refusals() == 0) {
            assertThat(System.nanoTime()).as("a refused range request").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * A stream that serves the first third of its bytes, then drops the connection, and answers a request from
     * past the start with 403 while its URL is stale. Every URL is stale if it never recovers; otherwise only the
     * first URL that asked (yt-dlp's first answer), and a fresh one (yt-dlp adds its process id) is served in
     * full, ranges included.
     */
    private static final class RefusingStream implements HttpHandler {
        private final byte[] body;
        private final boolean recovers;
        private final AtomicInteger refusals = new AtomicInteger();
        private volatile String firstUrl;

        RefusingStream(byte[] body, boolean recovers) {
            this.body = body;
            this.recovers = recovers;
        }

        int refusals() {
            return refusals.get();
        }

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            String url = String.valueOf(exchange.getRequestURI().getQuery());
            synchronized (this) {
                if (firstUrl == null) {
                    firstUrl = url;
                }
            }
            if (exchange.getRequestMethod().equals("HEAD")) { // yt-dlp looks at the headers first
                exchange.getResponseHeaders().set("Content-Type", "audio/webm");
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
                return;
            }
            boolean stale = !recovers || url.equals(firstUrl);
            String range = exchange.getRequestHeaders().getFirst("Range");
            boolean fromStart = range == null || range.equals("bytes=0-");
            if (!stale) {
                RangeBody.send(exchange, body, "audio/webm");
            } else if (!fromStart) {
                refusals.incrementAndGet();
                exchange.sendResponseHeaders(403, -1);
                exchange.close();
            } else {
                exchange.getResponseHeaders().set("Content-Type", "audio/webm");
                exchange.sendResponseHeaders(200, body.length);
                OutputStream out = exchange.getResponseBody();
                out.write(body, 0, body.length / 3);
                out.flush();
                exchange.close(); // fewer bytes than announced: the connection is dropped, the client sees it end early
            }
        }
    }

    private byte[] toneBytes(int hz) throws IOException {
        return Files.readAllBytes(AudioFixtures.sine(dir, AudioFileFormat.WEBM_OPUS, hz, Duration.ofSeconds(8)));
    }

    private List<String> notices() {
        return sim.channelMessages(guild.channel("general")).stream()
                .map(SimMessage::content)
                .filter(text -> text.startsWith("Couldn't play"))
                .toList();
    }

    /** A watch page; YouTube video ids have 11 characters, and only those are taken for YouTube pages. */
    private static URI watch(String id) {
        return URI.create("https://www.youtube.com/watch?v=" + id);
    }

    private URI tone(String path, int hz) {
        Path file = AudioFixtures.sine(dir, AudioFileFormat.WEBM_OPUS, hz, Duration.ofSeconds(30));
        return http.serve(path, file);
    }

    private Bot startBot(String before, Map<String, String> extra) {
        String loopback = http.url("").toString();
        LinkedHashMap<String, String> rewrites = new LinkedHashMap<>();
        rewrites.put("https://www.youtube.com/watch\\?v=*", "\"" + loopback + "/${a#*v=}.webm?n=$$\"");
        rewrites.put("https://www.youtube.com/playlist\\?list=*", "\"" + loopback + "/${a#*list=}.xml\"");
        Path wrapper = Scripts.wrapper(dir, "yt-dlp-wrapper", before, rewrites);
        Map<String, String> settings =
                new HashMap<>(Map.of("plugins.youtube.yt-dlp", wrapper.toString(), "sources.http.allow", "127.0.0.1"));
        settings.putAll(extra);
        Bot bot = BotHarness.start(sim, dir, settings);
        sim.awaitCommand("play", WAIT);
        return bot;
    }

    private SimMessage play(String query, Predicate<String> content) {
        return SimListening.reply(sim.slash(guild, "alice", "play", Map.of("query", query)), content, WAIT);
    }
}
