package dev.musicbot.plugin.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import dev.musicbot.ytdlp.testing.CannedYtDlp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YouTubeMixTest {
    private static final String PAGE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    @TempDir
    Path dir;

    private static Track track(String sourceId, String page) {
        return new Track(
                new TrackInfo("Never Gonna Give You Up", "Rick Astley", Duration.ofSeconds(213), page, null, null),
                new PlaybackRef.Engine("youtube:" + page),
                sourceId);
    }

    private CannedYtDlp canned(String pattern, String json) {
        LinkedHashMap<String, String> answers = new LinkedHashMap<>();
        answers.put(pattern, json);
        return new CannedYtDlp(dir, answers);
    }

    @Test
    void acceptsOnlyYouTubeTracksWithAVideoPage() {
        YouTubeMix mix = new YouTubeMix(canned("*", "{}").ytDlp("plugins.youtube", "YouTube"));

        assertThat(mix.accepts(track("youtube", PAGE))).isTrue();
        assertThat(mix.accepts(track("soundcloud", PAGE))).isFalse();
        assertThat(mix.accepts(track("youtube", "https://www.youtube.com/@SomeChannel")))
                .isFalse();
        assertThat(mix.accepts(new Track(
                        TrackInfo.of("No page", Duration.ofSeconds(3)), new PlaybackRef.Engine("x"), "youtube")))
                .isFalse();
    }

    @Test
    void listsTheMixOfTheVideoAndPlaysItsEntriesOnCanonicalPages() {
        CannedYtDlp canned =
                canned("*list=RDdQw4w9WgXcQ", CannedYtDlp.resource(YouTubeMixTest.class, "YouTubeMixTest/mix.json"));
        YouTubeMix mix = new YouTubeMix(canned.ytDlp("plugins.youtube", "YouTube"));

        List<Track> related = mix.related(track("youtube", PAGE), 5);

        assertThat(canned.targets()).containsExactly(PAGE + "&list=RDdQw4w9WgXcQ");
        assertThat(related)
                .extracting(t -> t.info().title())
                .as("the deleted placeholder is left out; the seed itself is the runtime's to leave out")
                .containsExactly("Never Gonna Give You Up", "Take On Me", "Gangnam Style");
        assertThat(related.get(1).ref())
                .isEqualTo(new PlaybackRef.Engine("youtube:https://www.youtube.com/watch?v=djV11Xbc914"));
        assertThat(related.get(2).info().uri()).isEqualTo("https://www.youtube.com/watch?v=9bZkp7q19f0");
        assertThat(related).allMatch(t -> t.sourceId().equals("youtube"));
    }

    @Test
    void takesNoMoreThanAskedForPlusOne() {
        CannedYtDlp canned = canned("*", CannedYtDlp.resource(YouTubeMixTest.class, "YouTubeMixTest/mix.json"));

        assertThat(new YouTubeMix(canned.ytDlp("plugins.youtube", "YouTube")).related(track("youtube", PAGE), 1))
                .hasSize(2);
    }

    @Test
    void aFailedListingIsAnException() {
        LinkedHashMap<String, String> none = new LinkedHashMap<>();
        YouTubeMix mix = new YouTubeMix(new CannedYtDlp(dir, none).ytDlp("plugins.youtube", "YouTube"));

        assertThatThrownBy(() -> mix.related(track("youtube", PAGE), 3)).isInstanceOf(UserFacingException.class);
    }
}
