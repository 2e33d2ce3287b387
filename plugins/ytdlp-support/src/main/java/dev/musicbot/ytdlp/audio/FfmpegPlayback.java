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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Plays what LavaPlayer cannot read (HLS with fMP4/AAC segments, DASH, odd containers) by transcoding it with a
 * real ffmpeg process to Ogg/Opus on its stdout, read by LavaPlayer's Ogg track. The process is killed when the
 * track ends or is stopped.
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
     * @param attach receives the running process (so that stopping the track can kill it), then {@code null}
     * @throws StreamForbiddenException if ffmpeg produced nothing because the stream answered 403
     * @throws Exception whatever the Ogg track throws while playing
     */
    static void play(
            ResolvedStream stream,
            StreamOptions options,
            AudioTrackInfo info,
            Consumer<@Nullable Process> attach,
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
        attach.accept(process);
        CountingInputStream out = new CountingInputStream(process.getInputStream());
        try {
            delegate.play(new OggAudioTrack(info, new NonSeekableInputStream(out)));
        } catch (Exception e) {
            if (out.count() == 0) {
                throw failure(process, stderr, e);
            }
            throw e;
        } finally {
            attach.accept(null);
            ProcessRunner.killTree(process);
            slot.close();
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
