package dev.musicbot.testkit.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Real audio files for tests, made by the {@code ffmpeg} executable (Debian: {@code apt-get install ffmpeg}).
 * Every method fails with a clear {@link IllegalStateException} when ffmpeg is not on the PATH.
 */
public final class AudioFixtures {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Executor READERS = task -> Thread.ofVirtual().start(task);
    private static volatile Boolean available;

    private AudioFixtures() {}

    /** Writes a stereo sine tone (amplitude 0.5) into {@code directory} and returns the file. */
    public static Path sine(Path directory, AudioFileFormat format, double frequencyHz, Duration length) {
        return write(directory, Tone.of(format, frequencyHz, length));
    }

    /** Writes a tone into {@code directory} (file name {@link Tone#fileName()}) and returns the file. */
    public static Path write(Path directory, Tone tone) {
        Path file = directory.resolve(tone.fileName());
        String wave = String.format(Locale.ROOT, "%f*sin(2*PI*%f*t)", tone.amplitude(), tone.frequencyHz());
        List<String> command = new ArrayList<>(List.of(
                "-f",
                "lavfi",
                "-i",
                String.format(
                        Locale.ROOT,
                        "aevalsrc=%s|%s:s=48000:c=stereo:d=%.3f",
                        wave,
                        wave,
                        tone.length().toMillis() / 1000.0)));
        if (tone.title() != null) {
            command.addAll(List.of("-metadata", "title=" + tone.title()));
        }
        if (tone.artist() != null) {
            command.addAll(List.of("-metadata", "artist=" + tone.artist()));
        }
        command.addAll(tone.format().codecArguments());
        command.add(file.toString());
        run(command, false);
        return file;
    }

    /**
     * Writes sines added together, each panned as its {@link Partial} says, into {@code directory} as {@code
     * <name>.<extension>} and returns the file (for filter tests: a tone in the centre and one hard left).
     */
    public static Path chord(
            Path directory, AudioFileFormat format, String name, Duration length, Partial... partials) {
        if (!name.matches("[A-Za-z0-9_-]{1,64}") || partials.length == 0) {
            throw new IllegalArgumentException("a chord needs a plain file name and at least one partial: " + name);
        }
        Path file = directory.resolve(name + "." + format.extension());
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (Partial partial : partials) {
            left.add(String.format(Locale.ROOT, "%f*sin(2*PI*%f*t)", partial.left(), partial.frequencyHz()));
            right.add(String.format(Locale.ROOT, "%f*sin(2*PI*%f*t)", partial.right(), partial.frequencyHz()));
        }
        List<String> command = new ArrayList<>(List.of(
                "-f",
                "lavfi",
                "-i",
                String.format(
                        Locale.ROOT,
                        "aevalsrc=%s|%s:s=48000:c=stereo:d=%.3f",
                        String.join("+", left),
                        String.join("+", right),
                        length.toMillis() / 1000.0)));
        command.addAll(format.codecArguments());
        command.add(file.toString());
        run(command, false);
        return file;
    }

    /**
     * Writes a stereo sine (amplitude 0.5) at {@code baseHz} whose stretch from {@code from} to {@code to} is at
     * {@code stretchHz} instead, into {@code directory} as {@code <name>.<extension>} (for skip tests: a stretch
     * that must never be heard). With whole-Hz tones and whole-second boundaries both tones complete whole cycles
     * there, so the wave stays continuous and no click spreads across the spectrum.
     */
    public static Path sineWithStretch(
            Path directory,
            AudioFileFormat format,
            String name,
            Duration length,
            double baseHz,
            double stretchHz,
            Duration from,
            Duration to) {
        if (!name.matches("[A-Za-z0-9_-]{1,64}") || from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("a plain file name and a stretch that runs forward: " + name);
        }
        Path file = directory.resolve(name + "." + format.extension());
        String frequency = String.format(
                Locale.ROOT,
                "if(gte(t\\,%.3f)*lt(t\\,%.3f)\\,%f\\,%f)",
                from.toMillis() / 1000.0,
                to.toMillis() / 1000.0,
                stretchHz,
                baseHz);
        String wave = "0.5*sin(2*PI*t*" + frequency + ")";
        List<String> command = new ArrayList<>(List.of(
                "-f",
                "lavfi",
                "-i",
                String.format(
                        Locale.ROOT,
                        "aevalsrc=%s|%s:s=48000:c=stereo:d=%.3f",
                        wave,
                        wave,
                        length.toMillis() / 1000.0)));
        command.addAll(format.codecArguments());
        command.add(file.toString());
        run(command, false);
        return file;
    }

    /** Decodes any audio file to 48 kHz interleaved stereo 16-bit PCM with ffmpeg. */
    public static short[] decode(Path file) {
        byte[] raw = run(List.of("-i", file.toString(), "-f", "s16le", "-ac", "2", "-ar", "48000", "-"), true);
        short[] pcm = new short[raw.length / 2];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(pcm);
        return pcm;
    }

    /** Whether {@code ffmpeg -version} runs. */
    public static boolean ffmpegAvailable() {
        Boolean known = available;
        if (known == null) {
            try {
                Process process = new ProcessBuilder("ffmpeg", "-version")
                        .redirectErrorStream(true)
                        .start();
                process.getInputStream().transferTo(OutputStream.nullOutputStream());
                known = process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
            } catch (IOException e) {
                known = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                known = false;
            }
            available = known;
        }
        return known;
    }

    private static byte[] run(List<String> arguments, boolean captureStdout) {
        if (!ffmpegAvailable()) {
            throw new IllegalStateException("ffmpeg is not on the PATH. Audio fixtures need the real ffmpeg executable:"
                    + " install it (Debian/Ubuntu: apt-get install -y ffmpeg; macOS: brew install ffmpeg).");
        }
        List<String> command =
                new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y"));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).start();
            CompletableFuture<byte[]> stdout = read(process.getInputStream());
            CompletableFuture<byte[]> stderr = read(process.getErrorStream());
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("ffmpeg timed out: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg failed (exit " + process.exitValue() + "): " + command + "\n"
                        + new String(stderr.join(), StandardCharsets.UTF_8));
            }
            return captureStdout ? stdout.join() : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running ffmpeg", e);
        }
    }

    private static CompletableFuture<byte[]> read(InputStream stream) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (stream) {
                        return stream.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                READERS);
    }
}
