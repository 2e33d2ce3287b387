package dev.musicbot.ytdlp.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.tools.io.MessageInput;
import com.sedmelluq.discord.lavaplayer.tools.io.MessageOutput;
import com.sedmelluq.discord.lavaplayer.track.AudioReference;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.ytdlp.testing.CannedYtDlp;
import dev.musicbot.ytdlp.testing.RangeBody;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The source with a real LavaPlayer manager, the real yt-dlp and ffmpeg, against loopback audio. */
class YtDlpAudioSourceManagerTest {
    private static final Duration SIX_SECONDS = Duration.ofSeconds(6);

    @TempDir
    Path dir;

    private final SourceHarness harness = new SourceHarness();
    private final AudioHttpServer http = harness.http;

    @AfterEach
    void stop() {
        harness.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = AudioFileFormat.class,
            names = {"WEBM_OPUS", "M4A_AAC"})
    void playsWhatYtDlpResolvesThroughLavaPlayersContainers(AudioFileFormat format) throws InterruptedException {
        Path file = AudioFixtures.sine(dir, format, 440, SIX_SECONDS);
        URI page = http.serve("/a." + format.extension(), file);

        AudioTrack track = harness.load(page);

        assertThat(track.getInfo().title).isEqualTo("a");
        assertThat(track.getInfo().identifier).isEqualTo("test:" + page);
        assertThat(track.getInfo().uri).isEqualTo(page.toString());
        assertThat(harness.play(track)).isGreaterThanOrEqualTo(200);
        assertThat(http.requests("/a." + format.extension()))
                .as("LavaPlayer read it directly: no ffmpeg request")
                .noneSatisfy(r -> assertThat(r.headers()).containsKey("icy-metadata"));
    }

    @Test
    void declinesIdentifiersWithoutItsPrefix() {
        assertThat(harness.source.loadItem(harness.manager, new AudioReference("http://127.0.0.1/a.webm", null)))
                .isNull();
        assertThat(harness.source.loadItem(harness.manager, new AudioReference("youtube:https://x", null)))
                .isNull();
        assertThat(harness.source.loadItem(harness.manager, new AudioReference("test:", null)))
                .isNull();
    }

    /** A page that redirects to a fresh tokenised stream URL each time yt-dlp resolves it. */
    private record TokenPage(URI page, AtomicInteger resolutions, AtomicBoolean refuseFirstToken) {}

    private TokenPage tokenPage(String name, long firstExpiry) throws IOException {
        byte[] audio = Files.readAllBytes(AudioFixtures.sine(dir, AudioFileFormat.WEBM_OPUS, 440, SIX_SECONDS));
        AtomicInteger resolutions = new AtomicInteger();
        AtomicBoolean refuse = new AtomicBoolean();
        URI page = http.route("/page/" + name, exchange -> {
            int token = resolutions.incrementAndGet();
            long expiry =
                    token == 1 ? firstExpiry : Instant.now().plusSeconds(3600).getEpochSecond();
            exchange.getResponseHeaders()
                    .set("Location", "/stream/" + name + ".webm?expire=" + expiry + "&tok=" + token);
            exchange.sendResponseHeaders(302, -1);
        });
        http.route("/stream/" + name + ".webm", exchange -> {
            if (refuse.get() && exchange.getRequestURI().getQuery().endsWith("tok=1")) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            RangeBody.send(exchange, audio, "audio/webm");
        });
        return new TokenPage(page, resolutions, refuse);
    }

    @Test
    void aStreamThatAnswers403IsResolvedAgainOnceAndPlays() throws Exception {
        TokenPage stale = tokenPage("stale", Instant.now().plusSeconds(3600).getEpochSecond());
        AudioTrack track = harness.load(stale.page());
        assertThat(stale.resolutions()).hasValue(1);

        stale.refuseFirstToken().set(true);

        assertThat(harness.play(track)).isGreaterThanOrEqualTo(200);
        assertThat(stale.resolutions()).hasValue(2);
        assertThat(http.requests("/stream/stale.webm"))
                .anySatisfy(r -> assertThat(r.status()).isEqualTo(403));
    }

    @Test
    void anExpiredStreamIsResolvedAgainBeforeItIsOpened() throws Exception {
        TokenPage expired = tokenPage("expired", Instant.now().minusSeconds(60).getEpochSecond());
        AudioTrack track = harness.load(expired.page());

        assertThat(harness.play(track)).isGreaterThanOrEqualTo(200);
        assertThat(expired.resolutions()).hasValue(2);
    }

    @Test
    void onlyThePageUrlIsEncodedAndADecodedTrackResolvesWhenItPlays() throws Exception {
        TokenPage page = tokenPage("kept", Instant.now().plusSeconds(3600).getEpochSecond());
        AudioTrack track = harness.load(page.page());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        harness.manager.encodeTrack(new MessageOutput(bytes), track);
        String encoded = bytes.toString(StandardCharsets.ISO_8859_1);
        assertThat(encoded).contains("/page/kept").doesNotContain("/stream/", "tok=");

        AudioTrack decoded = harness.manager.decodeTrack(
                        new MessageInput(new ByteArrayInputStream(bytes.toByteArray())))
                .decodedTrack;
        assertThat(decoded.getInfo().title).isEqualTo(track.getInfo().title);
        assertThat(harness.play(decoded)).isGreaterThanOrEqualTo(200);
        assertThat(page.resolutions()).hasValue(2);
    }

    @Test
    void aPageOfAnotherSiteIsRefusedBeforeYtDlpRuns() throws IOException {
        try (AudioHttpServer canary = AudioHttpServer.startOn("127.0.0.2")) {
            URI elsewhere =
                    canary.serve("/a.webm", AudioFixtures.sine(dir, AudioFileFormat.WEBM_OPUS, 440, SIX_SECONDS));

            // what LavaPlayer offers every source when a server answers "Location: test:http://127.0.0.2/..."
            AudioReference redirected = new AudioReference("test:" + elsewhere, null);

            assertThatThrownBy(() -> harness.source.loadItem(harness.manager, redirected))
                    .isInstanceOf(FriendlyException.class)
                    .hasMessage("That isn't a test page I can play.");
            assertThat(canary.requests()).as("yt-dlp never saw the address").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.2:%d/a.webm", "file:///etc/passwd"})
    void aStreamThatIsNotAnAllowedWebAddressIsNeverOpened(String streamTemplate) throws IOException {
        try (AudioHttpServer canary = AudioHttpServer.startOn("127.0.0.2")) {
            canary.serve("/a.webm", AudioFixtures.sine(dir, AudioFileFormat.WEBM_OPUS, 440, SIX_SECONDS));
            String stream = streamTemplate.formatted(canary.url("/").getPort());
            LinkedHashMap<String, String> answers = new LinkedHashMap<>();
            answers.put("*/canned", """
                    {"id": "canned", "title": "Canned", "url": "%s", "protocol": "http", "ext": "webm"}""".formatted(stream));
            CannedYtDlp canned = new CannedYtDlp(Files.createDirectories(dir.resolve("canned")), answers);

            try (SourceHarness own = new SourceHarness(canned.ytDlp("plugins.test", "Test"))) {
                URI page = own.http.url("/canned");
                assertThatThrownBy(() -> own.manager.loadItemSync("test:" + page))
                        .isInstanceOf(FriendlyException.class)
                        .hasMessageEndingWith("so I didn't open it.");
                assertThat(canned.targets()).containsExactly(page.toString());
            }
            assertThat(canary.requests()).as("the stream was never opened").isEmpty();
        }
    }
}
