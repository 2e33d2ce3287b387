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

    private record Rule(Pattern pattern, Severity severity, String template) {
        Rule(String regex, Severity severity, String template) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), severity, template);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(
                    "private video|is private|private (track|playlist|set)",
                    Severity.COMMON,
                    "That %s link is private, so I can't play it."),
            new Rule(
                    "members[- ]only|join this channel",
                    Severity.COMMON,
                    "That %s video is for channel members only, so I can't play it."),
            new Rule(
                    "confirm your age|age[- ]restricted|inappropriate for some users",
                    Severity.COMMON,
                    "That %s link is age-restricted and needs a signed-in account, so I can't play it."),
            new Rule(
                    "sign in to confirm|not a bot",
                    Severity.SUSPICIOUS,
                    "%s asked me to sign in to prove I'm not a bot, so I can't play that right now."),
            new Rule(
                    "available in your country|not available (from|in) your (location|region)"
                            + "|geo[- ]?restrict|blocked it in your country",
                    Severity.COMMON,
                    "That %s link isn't available in the bot's country."),
            new Rule(
                    "HTTP Error 404|404: Not Found",
                    Severity.COMMON,
                    "Nothing was found at that %s link (HTTP 404). Check the link."),
            new Rule(
                    "video unavailable|has been removed|no longer available|is( not|n't)? (currently )?unavailable"
                            + "|has been terminated|does not exist",
                    Severity.COMMON,
                    "That %s link is unavailable; it may have been removed."),
            new Rule(
                    "HTTP Error 429|Too Many Requests",
                    Severity.SUSPICIOUS,
                    "%s is limiting how often I can ask right now. Please try again later."),
            new Rule(
                    "HTTP Error 403|403: Forbidden",
                    Severity.SUSPICIOUS,
                    "%s refused the request (HTTP 403). Please try again later."),
            new Rule(
                    "Requested format is not available",
                    Severity.COMMON,
                    "I found no audio I can play at that %s link."),
            new Rule("Unsupported URL", Severity.COMMON, "That link isn't one yt-dlp supports for %s."),
            new Rule(
                    "Unable to download|urlopen error|Name or service not known|name resolution"
                            + "|Connection refused|timed out|Network is unreachable",
                    Severity.SUSPICIOUS,
                    "I couldn't reach %s. Please try again later."));

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
                return new UserFacingException(rule.template().formatted(settings.site()), rule.severity());
            }
        }
        String detail = firstError(stderr).orElse("it stopped with exit code " + exitCode);
        return new UserFacingException("yt-dlp couldn't load that: " + detail, Severity.SUSPICIOUS);
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
                    "yt-dlp is not installed; install it or set " + settings.configSection() + ".yt-dlp to its path.",
                    Severity.FAULT,
                    cause);
        }
        return new UserFacingException(
                "I couldn't start yt-dlp (" + settings.binary() + "); check " + settings.configSection() + ".yt-dlp.",
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
                "yt-dlp took longer than " + seconds(settings.timeout()) + " s to answer, so I stopped it."
                        + " Please try again.",
                Severity.SUSPICIOUS);
    }

    /**
     * yt-dlp printed something that is not the JSON it should print.
     *
     * @param cause the parse failure
     * @return the exception to report
     */
    public static UserFacingException unreadable(@Nullable Throwable cause) {
        return new UserFacingException(
                "yt-dlp answered with something I couldn't read. Please try again.", Severity.FAULT, cause);
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
