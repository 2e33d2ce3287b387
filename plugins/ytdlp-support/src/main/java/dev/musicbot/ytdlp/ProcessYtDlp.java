package dev.musicbot.ytdlp;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.ytdlp.json.YtDlpEntry;
import dev.musicbot.ytdlp.json.YtDlpJson;
import dev.musicbot.ytdlp.json.YtDlpOutput;
import dev.musicbot.ytdlp.json.YtDlpPlaylist;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link YtDlp} by running the yt-dlp executable once per call, with {@code -J --no-warnings}. */
public final class ProcessYtDlp implements YtDlp {
    private static final Logger log = LoggerFactory.getLogger(ProcessYtDlp.class);

    private final YtDlpSettings settings;

    /**
     * Creates the client.
     *
     * @param settings how to run yt-dlp
     */
    public ProcessYtDlp(YtDlpSettings settings) {
        this.settings = settings;
    }

    @Override
    public YtDlpOutput list(String target) {
        return run(List.of("--flat-playlist"), target);
    }

    @Override
    public YtDlpOutput list(String target, int maxEntries) {
        return run(List.of("--flat-playlist", "--playlist-end", String.valueOf(Math.max(1, maxEntries))), target);
    }

    @Override
    public YtDlpEntry resolveStream(String pageUrl, String format) {
        YtDlpOutput output = run(List.of("--no-playlist", "-f", format), pageUrl);
        if (output instanceof YtDlpEntry entry
                && entry.url() != null
                && !entry.url().isBlank()) {
            return entry;
        }
        if (output instanceof YtDlpPlaylist) {
            throw new UserFacingException(YtDlpTexts.key("playlist-not-track", settings.site()), Severity.COMMON);
        }
        throw YtDlpFailures.classify(settings, 0, "ERROR: Requested format is not available");
    }

    /**
     * The command line for a run.
     *
     * @param options the call's own options
     * @param target the URL or search key, placed after {@code --}
     * @return the command
     */
    List<String> command(List<String> options, String target) {
        List<String> command = new ArrayList<>(List.of(settings.binary(), "-J", "--no-warnings"));
        command.addAll(settings.commonOptions());
        command.addAll(options);
        command.add("--");
        command.add(target);
        return command;
    }

    private YtDlpOutput run(List<String> options, String target) {
        List<String> command = command(options, target);
        log.debug("Running {} {} on {}", settings.binary(), options, target);
        long started = System.nanoTime();
        ProcessRunner.Result result = execute(command, target);
        log.debug("yt-dlp exited {} after {} ms", result.exitCode(), (System.nanoTime() - started) / 1_000_000);
        if (result.exitCode() != 0) {
            UserFacingException failure = YtDlpFailures.classify(settings, result.exitCode(), result.stderr());
            log.warn(
                    "yt-dlp failed on {} (exit {}): {}",
                    target,
                    result.exitCode(),
                    result.stderr().strip());
            throw failure;
        }
        try {
            return YtDlpJson.parse(result.stdout());
        } catch (IOException e) {
            log.warn("yt-dlp printed unreadable output for {}: {}", target, e.getMessage());
            throw YtDlpFailures.unreadable(e);
        }
    }

    private ProcessRunner.Result execute(List<String> command, String target) {
        try {
            return ProcessRunner.run(command, settings.timeout());
        } catch (ProcessRunner.TimedOutException e) {
            log.warn("yt-dlp timed out after {} on {} and was killed", settings.timeout(), target);
            throw YtDlpFailures.timedOut(settings);
        } catch (ProcessRunner.StartFailedException e) {
            log.warn("yt-dlp could not be started ({}): {}", settings.binary(), e.getMessage());
            throw YtDlpFailures.notStarted(settings, e);
        } catch (IOException e) {
            log.warn("yt-dlp's output could not be read: {}", e.getMessage());
            throw YtDlpFailures.unreadable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException(YtDlpTexts.key("interrupted"), Severity.COMMON, e);
        }
    }
}
