package dev.musicbot.runtime.discord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A file of one tone followed by another, made with the real ffmpeg (for seek and resume tests). */
final class TwoTone {
    private TwoTone() {}

    /** As Ogg/Opus. */
    static Path write(Path dir, int firstHz, int secondHz, int secondsEach) throws IOException, InterruptedException {
        return write(dir, firstHz, secondHz, secondsEach, "ogg", List.of("-c:a", "libopus", "-b:a", "96k"));
    }

    /** As 16-bit PCM WAV. */
    static Path writeWav(Path dir, int firstHz, int secondHz, int secondsEach)
            throws IOException, InterruptedException {
        return write(dir, firstHz, secondHz, secondsEach, "wav", List.of("-c:a", "pcm_s16le"));
    }

    private static Path write(
            Path dir, int firstHz, int secondHz, int secondsEach, String extension, List<String> codec)
            throws IOException, InterruptedException {
        Path out = dir.resolve("two-tone-" + firstHz + "-" + secondHz + "." + extension);
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-y", "-loglevel", "error"));
        for (int hz : new int[] {firstHz, secondHz}) {
            command.addAll(List.of(
                    "-f", "lavfi", "-i", "sine=frequency=" + hz + ":duration=" + secondsEach + ":sample_rate=48000"));
        }
        command.addAll(List.of("-filter_complex", "[0:a][1:a]concat=n=2:v=0:a=1,volume=0.5", "-ac", "2"));
        command.addAll(codec);
        command.add(out.toString());
        Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
            throw new IOException(
                    "ffmpeg failed: " + new String(ffmpeg.getInputStream().readAllBytes()));
        }
        return out;
    }
}
