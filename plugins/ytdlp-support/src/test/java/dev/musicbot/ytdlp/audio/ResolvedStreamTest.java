package dev.musicbot.ytdlp.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolvedStreamTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://rr1.googlevideo.com/videoplayback?expire=1795530000&ei=x&itag=251 | 1795530000",
                "https://rr1.googlevideo.com/videoplayback?itag=251&expire=1795530001       | 1795530001",
                "https://manifest.googlevideo.com/api/manifest/hls_playlist/expire/1795530002/ei/x/index.m3u8 | 1795530002",
                "https://cf-media.sndcdn.com/a.128.mp3?Policy=x&Signature=y                | ",
                "https://example.com/a.webm?noexpire=1795530003                             | ",
            })
    void readsTheExpiryFromTheUrl(String url, Long epoch) {
        Instant expected = epoch == null ? null : Instant.ofEpochSecond(epoch);
        assertThat(ResolvedStream.expiryOf(url)).isEqualTo(expected);
    }

    @Test
    void expiresAMarginBeforeTheStatedTimeAndNeverWithoutOne() {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        ResolvedStream soon = stream("https://x/a?expire=" + now.plusSeconds(10).getEpochSecond(), "https");
        ResolvedStream later =
                stream("https://x/a?expire=" + now.plusSeconds(3600).getEpochSecond(), "https");
        ResolvedStream forever = stream("https://x/a", "https");

        assertThat(soon.expired(now)).isTrue();
        assertThat(later.expired(now)).isFalse();
        assertThat(forever.expired(now.plusSeconds(1_000_000))).isFalse();
    }

    @Test
    void onlyPlainHttpIsReadDirectly() {
        assertThat(stream("https://x/a.webm", "https").isDirectHttp()).isTrue();
        assertThat(stream("http://x/a.mp3", "http").isDirectHttp()).isTrue();
        assertThat(stream("http://x/a.mp3", null).isDirectHttp()).isTrue();
        assertThat(stream("https://x/index.m3u8", "m3u8_native").isDirectHttp()).isFalse();
        assertThat(stream("https://x/index.m3u8", "m3u8").isDirectHttp()).isFalse();
        assertThat(stream("https://x/manifest.mpd", "http_dash_segments").isDirectHttp())
                .isFalse();
        assertThat(stream("rtmp://x/live", "rtmp").isDirectHttp()).isFalse();
    }

    @Test
    void ffmpegGetsTheHeadersBeforeItsInput() {
        ResolvedStream hls = new ResolvedStream(
                "https://x/index.m3u8", Map.of("User-Agent", "Test/1.0"), "m3u8_native", "mp4", null);

        assertThat(FfmpegPlayback.command("/opt/ffmpeg", hls))
                .containsExactly(
                        "/opt/ffmpeg",
                        "-nostdin",
                        "-hide_banner",
                        "-loglevel",
                        "error",
                        "-protocol_whitelist",
                        "http,https,tcp,tls,crypto",
                        "-headers",
                        "User-Agent: Test/1.0\r\n",
                        "-i",
                        "https://x/index.m3u8",
                        "-vn",
                        "-c:a",
                        "libopus",
                        "-b:a",
                        "128k",
                        "-f",
                        "ogg",
                        "pipe:1");
    }

    private static ResolvedStream stream(String url, String protocol) {
        return new ResolvedStream(url, Map.of(), protocol, null, ResolvedStream.expiryOf(url));
    }
}
