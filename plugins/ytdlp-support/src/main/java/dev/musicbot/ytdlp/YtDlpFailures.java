package dev.musicbot.ytdlp;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns yt-dlp's failures into one short, specific sentence for the user. The rules are tried in order
 * against stderr; the first match wins, so the specific ones (private, age) come before the broad ones.
 */
public final class YtDlpFailures {
    private static final int MAX_DETAIL = 160;
    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^ERROR: (.*)$");
    private static final Pattern EXTRACTOR_PREFIX = Pattern.compile("^\\[[^]]+] (?:[^:\\s]+: )?");

    /** A stderr pattern, how it is logged, and the key of its text in the bundle ({@code failure.<key>}). */
    private record Rule(Pattern pattern, Severity severity, String key) {
        Rule(String regex, Severity severity, String key) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), severity, key);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("private video|is private|private (track|playlist|set)", Severity.COMMON, "private"),
            new Rule("members[- ]only|join this channel", Severity.COMMON, "members"),
            new Rule("confirm your age|age[- ]restricted|inappropriate for some users", Severity.COMMON, "age"),
            new Rule("sign in to confirm|not a bot", Severity.SUSPICIOUS, "bot-check"),
            new Rule(
                    "available in your country|not available (from|in) your (location|region)"
                            + "|geo[- ]?restrict|blocked it in your country",
                    Severity.COMMON,
                    "geo"),
            new Rule("HTTP Error 404|404: Not Found", Severity.COMMON, "not-found"),
            new Rule(
                    "video unavailable|has been removed|no longer available|is( not|n't)? (currently )?unavailable"
                            + "|has been terminated|does not exist",
                    Severity.COMMON,
                    "removed"),
            new Rule("HTTP Error 429|Too Many Requests", Severity.SUSPICIOUS, "rate-limited"),
            new Rule("HTTP Error 403|403: Forbidden", Severity.SUSPICIOUS, "forbidden"),
            new Rule("Requested format is not available", Severity.COMMON, "no-audio"),
            new Rule("Unsupported URL", Severity.COMMON, "unsupported"),
            new Rule(
                    "Unable to download|urlopen error|Name or service not known|name resolution"
                            + "|Connection refused|timed out|Network is unreachable",
                    Severity.SUSPICIOUS,
                    "unreachable"));

    private YtDlpFailures() {}

    /**
     * The failure of a run that exited with a non-zero code.
     *
     * @param settings the settings (for the site's name)
     * @param exitCode the exit code
     * @param stderr what the run printed on stderr
     * @return the exception to report
     */
    public static UserFacingException classify(YtDlpSettings settings, int exitCode, String stderr) {
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(stderr).find()) {
                return new UserFacingException(
                        YtDlpTexts.key("failure." + rule.key(), settings.site()), rule.severity());
            }
        }
        // yt-dlp's own error line stays as it wrote it (English); only our words are translated
        Object detail = firstError(stderr)
                .<Object>map(line -> line)
                .orElseGet(() -> YtDlpTexts.key("failure.exit-code", exitCode));
        return new UserFacingException(YtDlpTexts.key("failure.other", detail), Severity.SUSPICIOUS);
    }

    /**
     * yt-dlp could not be started.
     *
     * @param settings the settings (binary and configuration section)
     * @param cause why
     * @return the exception to report
     */
    public static UserFacingException notStarted(YtDlpSettings settings, IOException cause) {
        String why = String.valueOf(cause.getMessage());
        if (why.contains("error=2,") || why.contains("No such file")) {
            return new UserFacingException(
                    YtDlpTexts.key("failure.not-installed", settings.configSection()), Severity.FAULT, cause);
        }
        return new UserFacingException(
                YtDlpTexts.key("failure.not-started", settings.binary(), settings.configSection()),
                Severity.FAULT,
                cause);
    }

    /**
     * yt-dlp ran past its time limit.
     *
     * @param settings the settings (the limit)
     * @return the exception to report
     */
    public static UserFacingException timedOut(YtDlpSettings settings) {
        return new UserFacingException(
                YtDlpTexts.key("failure.timed-out", seconds(settings.timeout())), Severity.SUSPICIOUS);
    }

    /**
     * yt-dlp printed something that is not the JSON it should print.
     *
     * @param cause the parse failure
     * @return the exception to report
     */
    public static UserFacingException unreadable(@Nullable Throwable cause) {
        return new UserFacingException(YtDlpTexts.key("failure.unreadable"), Severity.FAULT, cause);
    }

    /**
     * The first {@code ERROR:} line without yt-dlp's {@code [extractor] id:} prefix, shortened.
     *
     * @param stderr what the run printed on stderr
     * @return the line, if there is one
     */
    static Optional<String> firstError(String stderr) {
        var matcher = ERROR_LINE.matcher(stderr);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String line = EXTRACTOR_PREFIX.matcher(matcher.group(1).strip()).replaceFirst("");
        int hint = line.toLowerCase(Locale.ROOT).indexOf("; please report");
        if (hint > 0) {
            line = line.substring(0, hint);
        }
        return Optional.of(line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL - 1) + "…" : line);
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
