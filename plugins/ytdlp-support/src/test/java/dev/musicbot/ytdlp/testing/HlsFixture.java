package dev.musicbot.ytdlp.testing;

import dev.musicbot.testkit.audio.AudioHttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An HLS stream with fMP4 (CMAF) segments of AAC audio, as SoundCloud serves it since 2025 and as LavaPlayer's
 * own HLS support cannot read: made by the real ffmpeg, served from a loopback server.
 */
public final class HlsFixture {
    private HlsFixture() {}

    /**
     * Writes a sine tone as an HLS VOD playlist ({@code index.m3u8}, {@code init.mp4}, {@code index*.m4s}).
     *
     * @param dir an empty directory for the files
     * @param hz the tone's frequency
     * @param length the tone's length
     * @return the directory
     */
    public static Path write(Path dir, double hz, Duration length) {
        String wave = String.format(Locale.ROOT, "0.5*sin(2*PI*%f*t)", hz);
        List<String> command = List.of(
                "ffmpeg",
                "-hide_banner",
                "-loglevel",
                "error",
                "-nostdin",
                "-y",
                "-f",
                "lavfi",
                "-i",
                String.format(Locale.ROOT, "aevalsrc=%s|%s:s=48000:c=stereo:d=%d", wave, wave, length.toSeconds()),
                "-c:a",
                "aac",
                "-b:a",
                "128k",
                "-f",
                "hls",
                "-hls_segment_type",
                "fmp4",
                "-hls_playlist_type",
                "vod",
                "-hls_time",
                "2",
                dir.resolve("index.m3u8").toString());
        try {
            Files.createDirectories(dir);
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg could not write the HLS fixture: " + command);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Serves every file of a written fixture under a path prefix.
     *
     * @param http the server
     * @param prefix the path prefix, for example {@code /hls/tone}
     * @param dir the fixture's directory
     * @return the playlist's URL ({@code <prefix>/index.m3u8})
     */
    public static URI serve(AudioHttpServer http, String prefix, Path dir) {
        return serve(http, prefix, dir, "index");
    }

    /**
     * Serves every file of a written fixture under a path prefix, the playlist under another name (yt-dlp's
     * generic extractor takes the title from it).
     *
     * @param http the server
     * @param prefix the path prefix, for example {@code /hls}
     * @param dir the fixture's directory
     * @param playlistName the playlist's file name without {@code .m3u8}
     * @return the playlist's URL
     */
    public static URI serve(AudioHttpServer http, String prefix, Path dir, String playlistName) {
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(file -> {
                String name = file.getFileName().toString();
                String served = name.equals("index.m3u8") ? playlistName + ".m3u8" : name;
                http.serve(prefix + "/" + served, file, contentType(name));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return http.url(prefix + "/" + playlistName + ".m3u8");
    }

    private static String contentType(String name) {
        if (name.endsWith(".m3u8")) {
            return "application/vnd.apple.mpegurl";
        }
        return name.endsWith(".m4s") ? "video/iso.segment" : "video/mp4";
    }
}
