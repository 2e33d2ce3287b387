package dev.musicbot.ytdlp.audio;

import static org.assertj.core.api.Assertions.assertThat;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.ytdlp.testing.HlsFixture;
import dev.musicbot.ytdlp.testing.RangeBody;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streams LavaPlayer cannot read, played through a real ffmpeg process (real yt-dlp, loopback server). */
class TranscodedPlaybackTest {
    private static final Duration SIX_SECONDS = Duration.ofSeconds(6);

    @TempDir
    Path dir;

    private final SourceHarness harness = new SourceHarness();
    private final AudioHttpServer http = harness.http;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void hlsWithFragmentedMp4SegmentsPlaysThroughFfmpeg() throws InterruptedException {
        URI playlist = HlsFixture.serve(http, "/hls/tone", HlsFixture.write(dir.resolve("hls"), 440, SIX_SECONDS));

        AudioTrack track = harness.load(playlist);

        assertThat(harness.play(track)).isGreaterThanOrEqualTo(200);
        assertThat(http.requests("/hls/tone/init.mp4")).isNotEmpty();
    }

    @Test
    void anHlsPlaylistThatAnswers403IsResolvedAgainOnce() throws Exception {
        Path files = HlsFixture.write(dir.resolve("stale"), 440, SIX_SECONDS);
        HlsFixture.serve(http, "/hls/stale", files);
        byte[] playlist = Files.readAllBytes(files.resolve("index.m3u8"));
        AtomicInteger resolutions = new AtomicInteger();
        AtomicBoolean refuseFirst = new AtomicBoolean();
        URI page = http.route("/page/stale", exchange -> {
            exchange.getResponseHeaders()
                    .set("Location", "/hls/stale/signed.m3u8?tok=" + resolutions.incrementAndGet());
            exchange.sendResponseHeaders(302, -1);
        });
        http.route("/hls/stale/signed.m3u8", exchange -> {
            if (refuseFirst.get() && exchange.getRequestURI().getQuery().equals("tok=1")) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            RangeBody.send(exchange, playlist, "application/vnd.apple.mpegurl");
        });
        AudioTrack track = harness.load(page);
        refuseFirst.set(true);

        assertThat(harness.play(track)).isGreaterThanOrEqualTo(200);
        assertThat(resolutions).hasValue(2);
        assertThat(http.requests("/hls/stale/signed.m3u8"))
                .anySatisfy(r -> assertThat(r.status()).isEqualTo(403));
    }

    @Test
    void aContainerLavaPlayerCannotReadFallsBackToFfmpeg() throws Exception {
        Path opusInMp4 = dir.resolve("opus.mp4");
        Process ffmpeg = new ProcessBuilder(
                        "ffmpeg",
                        "-hide_banner",
                        "-loglevel",
                        "error",
                        "-nostdin",
                        "-y",
                        "-f",
                        "lavfi",
                        "-i",
                        "sine=frequency=440:sample_rate=48000:duration=6",
                        "-c:a",
                        "libopus",
                        opusInMp4.toString())
                .inheritIO()
                .start();
        assertThat(ffmpeg.waitFor()).isZero();
        URI page = http.serve("/opus.mp4", opusInMp4, "audio/mp4");

        assertThat(harness.play(harness.load(page))).isGreaterThanOrEqualTo(200);
        assertThat(http.requests("/opus.mp4"))
                .as("ffmpeg's requests (it asks for Icy metadata) with yt-dlp's headers")
                .anySatisfy(r -> assertThat(r.headers())
                        .containsKey("icy-metadata")
                        .containsEntry("sec-fetch-mode", "navigate"));
    }

    @Test
    void stoppingATranscodedTrackKillsFfmpeg() throws Exception {
        URI playlist =
                HlsFixture.serve(http, "/hls/long", HlsFixture.write(dir.resolve("long"), 440, Duration.ofSeconds(60)));
        AudioTrack track = harness.load(playlist);
        AudioPlayer player = harness.manager.createPlayer();
        player.playTrack(track);
        for (int i = 0; i < 50; i++) {
            player.provide(5, TimeUnit.SECONDS);
        }
        assertThat(ffmpegChildren()).as("ffmpeg while playing").isPositive();

        player.stopTrack();

        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (ffmpegChildren() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ffmpegChildren()).as("ffmpeg after stop").isZero();
        player.destroy();
    }

    private static long ffmpegChildren() {
        return ProcessHandle.current()
                .children()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").endsWith("ffmpeg"))
                .count();
    }
}
