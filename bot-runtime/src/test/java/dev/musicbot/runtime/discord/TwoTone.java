package dev.musicbot.runtime.discord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An Ogg/Opus file of one tone followed by another, made with the real ffmpeg (for seek tests). */
final class TwoTone {
    private TwoTone() {}

    static Path write(Path dir, int firstHz, int secondHz, int secondsEach) throws IOException, InterruptedException {
        Path out = dir.resolve("two-tone-" + firstHz + "-" + secondHz + ".ogg");
        Process ffmpeg = new ProcessBuilder(List.of(
                        "ffmpeg",
                        "-y",
                        "-loglevel",
                        "error",
                        "-f",
                        "lavfi",
                        "-i",
                        "sine=frequency=" + firstHz + ":duration=" + secondsEach + ":sample_rate=48000",
                        "-f",
                        "lavfi",
                        "-i",
                        "sine=frequency=" + secondHz + ":duration=" + secondsEach + ":sample_rate=48000",
                        "-filter_complex",
                        "[0:a][1:a]concat=n=2:v=0:a=1,volume=0.5",
                        "-c:a",
                        "libopus",
                        "-b:a",
                        "96k",
                        out.toString()))
                .redirectErrorStream(true)
                .start();
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
            throw new IOException(
                    "ffmpeg failed: " + new String(ffmpeg.getInputStream().readAllBytes()));
        }
        return out;
    }
}
