package dev.musicbot.ytdlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YtDlpFailuresTest {
    private static final YtDlpSettings SETTINGS =
            YtDlpSettings.of("plugins.youtube", "YouTube", null, null, null, 12, null);

    static Stream<Arguments> stderrLines() {
        return Stream.of(
                Arguments.of(
                        "ERROR: [youtube] abc: Sign in to confirm you're not a bot. Use --cookies-from-browser or"
                                + " --cookies for the authentication. See  https://github.com/yt-dlp/yt-dlp/wiki/FAQ",
                        Severity.SUSPICIOUS,
                        "YouTube asked me to sign in to prove I'm not a bot, so I can't play that right now."),
                Arguments.of(
                        "ERROR: [youtube] abc: Sign in to confirm your age. This video may be inappropriate for some"
                                + " users. Use --cookies-from-browser or --cookies for the authentication.",
                        Severity.COMMON,
                        "That YouTube link is age-restricted and needs a signed-in account, so I can't play it."),
                Arguments.of(
                        "ERROR: [youtube] abc: This video is age-restricted and only available on YouTube.",
                        Severity.COMMON,
                        "That YouTube link is age-restricted and needs a signed-in account, so I can't play it."),
                Arguments.of(
                        "ERROR: [youtube] abc: Private video. Sign in if you've been granted access to this video",
                        Severity.COMMON,
                        "That YouTube link is private, so I can't play it."),
                Arguments.of(
                        "ERROR: [youtube] abc: Video unavailable. The uploader has not made this video available in"
                                + " your country",
                        Severity.COMMON,
                        "That YouTube link isn't available in the bot's country."),
                Arguments.of(
                        "ERROR: [youtube] abc: This video is not available from your location due to geo"
                                + " restriction",
                        Severity.COMMON,
                        "That YouTube link isn't available in the bot's country."),
                Arguments.of(
                        "ERROR: [youtube] abc: Video unavailable. This video has been removed by the uploader",
                        Severity.COMMON,
                        "That YouTube link is unavailable; it may have been removed."),
                Arguments.of(
                        "ERROR: [youtube] abc: Video unavailable",
                        Severity.COMMON,
                        "That YouTube link is unavailable; it may have been removed."),
                Arguments.of(
                        "ERROR: [youtube:tab] PLnope: The playlist does not exist.",
                        Severity.COMMON,
                        "That YouTube link is unavailable; it may have been removed."),
                Arguments.of(
                        "ERROR: [generic] Unable to download webpage: HTTP Error 404: Not Found (caused by"
                                + " <HTTPError 404: 'Not Found'>); please report this issue on"
                                + "  https://github.com/yt-dlp/yt-dlp/issues?q= , filling out the appropriate issue"
                                + " template. Confirm you are on the latest version using  yt-dlp -U",
                        Severity.COMMON,
                        "Nothing was found at that YouTube link (HTTP 404). Check the link."),
                Arguments.of(
                        "ERROR: [youtube] abc: Join this channel to get access to members-only content like this"
                                + " video, and other exclusive perks.",
                        Severity.COMMON,
                        "That YouTube video is for channel members only, so I can't play it."),
                Arguments.of(
                        "ERROR: [youtube] abc: Requested format is not available. Use --list-formats for a list of"
                                + " available formats",
                        Severity.COMMON,
                        "I found no audio I can play at that YouTube link."),
                Arguments.of(
                        "ERROR: Unable to download API page: <urlopen error [Errno -2] Name or service not known>"
                                + " (caused by URLError(gaierror(-2, 'Name or service not known')))",
                        Severity.SUSPICIOUS,
                        "I couldn't reach YouTube. Please try again later."),
                Arguments.of(
                        "ERROR: [youtube] abc: Unable to download API page: HTTP Error 429: Too Many Requests",
                        Severity.SUSPICIOUS,
                        "YouTube is limiting how often I can ask right now. Please try again later."),
                Arguments.of(
                        "ERROR: [youtube] abc: This live event will begin in 3 hours.",
                        Severity.SUSPICIOUS,
                        "yt-dlp couldn't load that: This live event will begin in 3 hours."));
    }

    @ParameterizedTest
    @MethodSource("stderrLines")
    void classifiesWhatYtDlpPrints(String stderr, Severity severity, String message) {
        String noisy = "[youtube] Extracting URL: https://www.youtube.com/watch?v=abc\n"
                + "[youtube] abc: Downloading webpage\n" + stderr + "\n";
        UserFacingException failure = YtDlpFailures.classify(SETTINGS, 1, noisy);
        assertThat(failure.getMessage()).isEqualTo(message);
        assertThat(failure.severity()).isEqualTo(severity);
    }

    @Test
    void anUnknownFailureShowsOnlyTheShortenedFirstErrorLine() {
        String stderr = "ERROR: [youtube] abc: " + "x".repeat(400) + "\nTraceback (most recent call last):\n"
                + "  File \"yt_dlp/YoutubeDL.py\", line 1, in <module>\nERROR: second";
        String message = YtDlpFailures.classify(SETTINGS, 1, stderr).getMessage();
        assertThat(message).startsWith("yt-dlp couldn't load that: xxx").doesNotContain("Traceback", "second");
        assertThat(message.length()).isLessThan(200);
        assertThat(YtDlpFailures.classify(SETTINGS, 2, "Usage: yt-dlp [OPTIONS] URL")
                        .getMessage())
                .isEqualTo("yt-dlp couldn't load that: it stopped with exit code 2");
        assertThat(YtDlpFailures.classify(SETTINGS, 2, "Usage: yt-dlp [OPTIONS] URL")
                        .message(Locale.forLanguageTag("vi")))
                .isEqualTo("yt-dlp không tải được: nó dừng với mã thoát 2");
    }

    @Test
    void aMissingBinaryNamesTheSettingToFix() {
        UserFacingException missing = YtDlpFailures.notStarted(
                SETTINGS, new IOException("Cannot run program \"/nope/yt-dlp\": error=2, No such file or directory"));
        assertThat(missing.getMessage())
                .isEqualTo("yt-dlp is not installed; install it or set plugins.youtube.yt-dlp to its path.");
        assertThat(missing.severity()).isEqualTo(Severity.FAULT);
        assertThat(YtDlpFailures.notStarted(SETTINGS, new IOException("error=13, Permission denied"))
                        .getMessage())
                .isEqualTo("I couldn't start yt-dlp (yt-dlp); check plugins.youtube.yt-dlp.");
    }

    @Test
    void aTimeoutSaysHowLongItWaited() {
        assertThat(YtDlpFailures.timedOut(SETTINGS).getMessage())
                .isEqualTo("yt-dlp took longer than 12 s to answer, so I stopped it. Please try again.");
        assertThat(YtDlpFailures.timedOut(SETTINGS.withTimeout(Duration.ofMillis(1500)))
                        .getMessage())
                .contains("longer than 1.5 s");
    }
}
