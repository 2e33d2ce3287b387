package dev.musicbot.ytdlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.ytdlp.json.YtDlpEntry;
import dev.musicbot.ytdlp.json.YtDlpPlaylist;
import dev.musicbot.ytdlp.json.YtDlpPlaylistEntry;
import dev.musicbot.ytdlp.testing.RssFeed;
import dev.musicbot.ytdlp.testing.Scripts;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessYtDlpTest {
    private static final YtDlpSettings SETTINGS =
            YtDlpSettings.of("plugins.youtube", "YouTube", Scripts.REAL_YT_DLP.toString(), null, null, 30, null);

    @TempDir
    Path dir;

    private ProcessYtDlp fake(Path script, Duration timeout) {
        return new ProcessYtDlp(SETTINGS.withBinary(script.toString()).withTimeout(timeout));
    }

    @Test
    void aSignInRefusalBecomesAClearMessage() {
        Path script = Scripts.failing(
                dir,
                "yt-dlp",
                "ERROR: [youtube] abc: Sign in to confirm you're not a bot. Use --cookies-from-browser or --cookies",
                1);

        assertThatThrownBy(() -> fake(script, Duration.ofSeconds(10)).list("https://www.youtube.com/watch?v=abc"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("YouTube asked me to sign in to prove I'm not a bot, so I can't play that"
                                    + " right now.");
                    assertThat(e.severity()).isEqualTo(Severity.SUSPICIOUS);
                });
    }

    @Test
    void aHangingRunIsKilledWithEverythingItStartedSoonAfterTheTimeout() throws IOException, InterruptedException {
        Path script = Scripts.write(dir, "yt-dlp", "sleep 60 &\necho $! > '" + dir.resolve("child.pid") + "'\nwait");
        Duration timeout = Duration.ofSeconds(2);

        long started = System.nanoTime();
        assertThatThrownBy(() -> fake(script, timeout).list("ytsearch5:anything"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("yt-dlp took longer than 2 s to answer, so I stopped it. Please try again.");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isBetween(timeout, timeout.plusSeconds(2));
        long child = Long.parseLong(Files.readString(dir.resolve("child.pid")).strip());
        assertThat(gone(child, Duration.ofSeconds(2)))
                .as("the sleep the script started is gone")
                .isTrue();
    }

    /** Whether a process is gone (or a zombie: killed, waiting for init to reap it) within a time. */
    private static boolean gone(long pid, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!running(pid)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aMissingBinaryNamesTheSetting() {
        ProcessYtDlp missing = fake(dir.resolve("not-installed/yt-dlp"), Duration.ofSeconds(5));

        assertThatThrownBy(() -> missing.resolveStream("https://www.youtube.com/watch?v=abc", "bestaudio/best"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("yt-dlp is not installed; install it or set plugins.youtube.yt-dlp to its"
                                    + " path.");
                    assertThat(e.severity()).isEqualTo(Severity.FAULT);
                });
    }

    @Test
    void outputThatIsNotJsonOrWithoutEndIsRefused() {
        Path chatty = Scripts.write(dir, "chatty", "echo 'Usage: yt-dlp [OPTIONS] URL [URL...]'");
        Path endless = Scripts.write(dir, "endless", "exec yes");

        assertThatThrownBy(() -> fake(chatty, Duration.ofSeconds(5)).list("x"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("couldn't read");
        assertThatThrownBy(() -> fake(endless, Duration.ofSeconds(20)).list("x"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("couldn't read");
    }

    @Test
    void passesTheJsRuntimeOnlyWhenOneIsSet() {
        ProcessYtDlp plain = new ProcessYtDlp(SETTINGS);
        assertThat(plain.command(List.of("--flat-playlist"), "ytsearch5:a b"))
                .containsExactly(
                        Scripts.REAL_YT_DLP.toString(),
                        "-J",
                        "--no-warnings",
                        "--flat-playlist",
                        "--",
                        "ytsearch5:a b");

        YtDlpSettings full = YtDlpSettings.of(
                "plugins.youtube",
                "YouTube",
                "yt-dlp",
                "deno:/usr/local/bin/deno",
                "/etc/musicbot/cookies.txt",
                null,
                List.of("--proxy", "socks5://127.0.0.1:1080"));
        assertThat(new ProcessYtDlp(full).command(List.of("--no-playlist", "-f", "bestaudio/best"), "https://x"))
                .containsExactly(
                        "yt-dlp",
                        "-J",
                        "--no-warnings",
                        "--js-runtimes",
                        "deno:/usr/local/bin/deno",
                        "--remote-components",
                        "ejs:npm",
                        "--cookies",
                        "/etc/musicbot/cookies.txt",
                        "--proxy",
                        "socks5://127.0.0.1:1080",
                        "--no-playlist",
                        "-f",
                        "bestaudio/best",
                        "--",
                        "https://x");
        assertThat(full.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theRealYtDlpListsAndResolvesLoopbackAudio() {
        Path file = AudioFixtures.sine(dir, AudioFileFormat.WEBM_OPUS, 440, Duration.ofSeconds(2));
        try (AudioHttpServer http = AudioHttpServer.start()) {
            URI song = http.serve("/music/song.webm", file);
            URI feed = http.serve(
                    "/feed.xml",
                    RssFeed.of(
                            "Loopback Mix",
                            List.of(
                                    new RssFeed.Item("One", song, Duration.ofSeconds(2)),
                                    new RssFeed.Item("Two", http.url("/music/two.webm"), null))),
                    "application/rss+xml");
            ProcessYtDlp ytDlp = new ProcessYtDlp(SETTINGS);

            YtDlpEntry listed = (YtDlpEntry) ytDlp.list(song.toString());
            assertThat(listed.title()).isEqualTo("song");

            YtDlpPlaylist playlist = (YtDlpPlaylist) ytDlp.list(feed.toString());
            assertThat(playlist.title()).isEqualTo("Loopback Mix");
            assertThat(playlist.entries()).extracting(YtDlpPlaylistEntry::title).containsExactly("One", "Two");
            assertThat(playlist.entries().getFirst().url()).startsWith(song.toString());

            YtDlpEntry stream = ytDlp.resolveStream(song.toString(), "bestaudio/best");
            assertThat(stream.url()).isEqualTo(song.toString());
            assertThat(stream.ext()).isEqualTo("webm");
            assertThat(stream.protocol()).isEqualTo("http");
            assertThat(stream.headers()).containsKey("User-Agent");

            assertThatThrownBy(() -> ytDlp.resolveStream(http.url("/gone.webm").toString(), "bestaudio/best"))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessage("Nothing was found at that YouTube link (HTTP 404). Check the link.");
        }
    }
}
