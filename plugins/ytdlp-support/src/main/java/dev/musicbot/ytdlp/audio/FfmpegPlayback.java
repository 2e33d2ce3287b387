package dev.musicbot.ytdlp.audio;

import com.sedmelluq.discord.lavaplayer.container.ogg.OggAudioTrack;
import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.tools.io.NonSeekableInputStream;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackInfo;
import dev.musicbot.ytdlp.ProcessRunner;
import dev.musicbot.ytdlp.ProcessSlots;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Plays what LavaPlayer cannot read (HLS with fMP4/AAC segments, DASH, odd containers) by transcoding it with a
 * real ffmpeg process to Ogg/Opus on its stdout, read by LavaPlayer's Ogg track. The process is killed when the
 * track ends or is stopped; if it dies partway through the song (killed, or it failed reading the stream), the
 * track fails with a message that says so, rather than ending as if it were over.
 */
final class FfmpegPlayback {
    private static final long EXIT_WAIT_SECONDS = 5;
    /** How long a track waits for a free program slot (they are shared with yt-dlp lookups) before it fails. */
    private static final Duration SLOT_PATIENCE = Duration.ofSeconds(15);

    private FfmpegPlayback() {}

    /**
     * What ffmpeg may open: web streams (and HLS segments, AES keys) only, never files, pipes or other
     * protocols an HLS playlist might name.
     */
    static final String PROTOCOLS = "http,https,tcp,tls,crypto";

    /**
     * The ffmpeg command line for a stream ({@code -headers} and {@code -protocol_whitelist} are input options,
     * so they precede {@code -i}).
     */
    static List<String> command(String ffmpeg, ResolvedStream stream) {
        List<String> command = new ArrayList<>(
                List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-protocol_whitelist", PROTOCOLS));
        if (!stream.headers().isEmpty()) {
            command.add("-headers");
            command.add(stream.headers().entrySet().stream()
                    .map(h -> h.getKey() + ": " + h.getValue() + "\r\n")
                    .collect(Collectors.joining()));
        }
        command.addAll(List.of("-i", stream.url(), "-vn", "-c:a", "libopus", "-b:a", "128k", "-f", "ogg", "pipe:1"));
        return command;
    }

    /**
     * Transcodes and plays the stream.
     *
     * @param transcoder holds the running process while it plays, so that stopping the track can take it (set it
     *     to {@code null}) and kill it; a process taken that way ended because it was stopped, not by failing
     * @throws StreamForbiddenException if ffmpeg produced nothing because the stream answered 403
     * @throws FriendlyException if ffmpeg died partway through (killed, or it failed reading the stream)
     * @throws Exception whatever the Ogg track throws while playing
     */
    static void play(
            ResolvedStream stream,
            StreamOptions options,
            AudioTrackInfo info,
            AtomicReference<@Nullable Process> transcoder,
            Delegate delegate)
            throws Exception {
        ProcessSlots.Slot slot = ProcessSlots.acquire(SLOT_PATIENCE);
        if (slot == null) {
            throw new FriendlyException(
                    "Too many songs and lookups are running right now; try again in a moment.",
                    FriendlyException.Severity.SUSPICIOUS,
                    null);
        }
        Process process;
        try {
            process = start(options, stream);
        } catch (RuntimeException e) {
            slot.close();
            throw e;
        }
        CompletableFuture<String> stderr = ProcessRunner.stderrTail(process);
        transcoder.set(process);
        CountingInputStream out = new CountingInputStream(process.getInputStream());
        Optional<Died> died;
        try {
            try {
                delegate.play(new OggAudioTrack(info, new NonSeekableInputStream(out)));
            } catch (Exception e) {
                if (out.count() == 0) {
                    throw failure(process, stderr, e);
                }
                throw diedMidway(process, transcoder)
                        .<Exception>map(end -> end.withCause(e))
                        .orElse(e);
            }
            died = diedMidway(process, transcoder);
        } finally {
            transcoder.compareAndSet(process, null);
            ProcessRunner.killTree(process);
            slot.close();
        }
        if (died.isPresent()) {
            throw died.get().withCause(null); // the Ogg stream ended cleanly, but only because ffmpeg was gone
        }
    }

    /** ffmpeg's end, if it ended by itself with a failure while the track still wanted audio. */
    private static Optional<Died> diedMidway(Process process, AtomicReference<@Nullable Process> transcoder)
            throws InterruptedException {
        if (transcoder.get() != process || !process.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
            return Optional.empty(); // stopped by the track, or still running (the player stopped reading)
        }
        int code = process.exitValue();
        return code == 0 ? Optional.empty() : Optional.of(new Died(code));
    }

    /** ffmpeg exited with a failure code partway through the song. */
    private record Died(int exitCode) {
        FriendlyException withCause(@Nullable Throwable cause) {
            return new FriendlyException(
                    "ffmpeg stopped partway through the song (exit code " + exitCode + ").",
                    FriendlyException.Severity.SUSPICIOUS,
                    cause);
        }
    }

    private static Process start(StreamOptions options, ResolvedStream stream) {
        try {
            return ProcessRunner.start(command(options.ffmpeg(), stream));
        } catch (ProcessRunner.StartFailedException e) {
            throw new FriendlyException(
                    "ffmpeg is not installed; install it or set " + options.configSection() + ".ffmpeg to its path.",
                    FriendlyException.Severity.FAULT,
                    e);
        }
    }

    private static Exception failure(Process process, CompletableFuture<String> stderr, Exception cause)
            throws InterruptedException {
        process.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        String errors = stderr.completeOnTimeout("", EXIT_WAIT_SECONDS, TimeUnit.SECONDS)
                .join()
                .strip();
        if (errors.contains("403")) {
            return new StreamForbiddenException("ffmpeg: " + errors);
        }
        String detail = Optional.of(errors.lines().findFirst().orElse(""))
                .filter(line -> !line.isBlank())
                .map(line -> line.replaceAll("https?://\\S+", "the stream"))
                .map(line -> line.length() > 160 ? line.substring(0, 159) + "…" : line)
                .orElse("it produced no audio");
        return new FriendlyException(
                "ffmpeg couldn't read the stream: " + detail, FriendlyException.Severity.SUSPICIOUS, cause);
    }
}
