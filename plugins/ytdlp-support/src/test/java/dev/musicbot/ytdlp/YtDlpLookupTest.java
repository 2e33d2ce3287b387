package dev.musicbot.ytdlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.ytdlp.json.YtDlpEntry;
import dev.musicbot.ytdlp.json.YtDlpJson;
import dev.musicbot.ytdlp.json.YtDlpOutput;
import dev.musicbot.ytdlp.json.YtDlpPlaylist;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YtDlpLookupTest {
    private static final TrackMapper MAPPER = new TrackMapper(
            "youtube",
            "youtube:",
            url -> url.contains("youtube.com/")
                    ? Optional.of(url.replace("://youtube.com/", "://www.youtube.com/"))
                    : Optional.empty());

    /** Answers every listing with one recorded output, remembering what was asked. */
    private static final class RecordedYtDlp implements YtDlp {
        private final YtDlpOutput output;
        private final List<String> asked = new ArrayList<>();

        RecordedYtDlp(String fixture) {
            try (InputStream in =
                    YtDlpLookupTest.class.getResourceAsStream("/dev/musicbot/ytdlp/json/YtDlpJsonTest/" + fixture)) {
                this.output = YtDlpJson.parse(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public YtDlpOutput list(String target) {
            asked.add(target);
            return output;
        }

        @Override
        public YtDlpEntry resolveStream(String pageUrl, String format) {
            throw new AssertionError("resolving is not a lookup's business");
        }
    }

    @Test
    void aSingleEntryBecomesOneTrackOnTheGivenPage() {
        RecordedYtDlp ytDlp = new RecordedYtDlp("youtube-video-bestaudio.json");
        String page = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

        ResolveResult result = new YtDlpLookup(ytDlp, MAPPER, "YouTube").page(page + "&t=42", entry -> page);

        Track track = ((ResolveResult.Single) result).track();
        assertThat(ytDlp.asked).containsExactly(page + "&t=42");
        assertThat(track.sourceId()).isEqualTo("youtube");
        assertThat(track.ref()).isEqualTo(new PlaybackRef.Engine("youtube:" + page));
        assertThat(track.info().title()).isEqualTo("Rick Astley - Never Gonna Give You Up (Official Music Video)");
        assertThat(track.info().author()).isEqualTo("Rick Astley");
        assertThat(track.info().length()).isEqualTo(Duration.ofSeconds(213));
        assertThat(track.info().uri()).isEqualTo(page);
        assertThat(track.info().artworkUrl()).endsWith("maxresdefault.webp");
    }

    @Test
    void aPlaylistKeepsItsOrderAndSkipsDeletedVideos() {
        ResolveResult result = new YtDlpLookup(new RecordedYtDlp("youtube-playlist-flat.json"), MAPPER, "YouTube")
                .page("https://www.youtube.com/playlist?list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI", e -> "unused");

        ResolveResult.Playlist playlist = (ResolveResult.Playlist) result;
        assertThat(playlist.name()).isEqualTo("Today's Hits");
        assertThat(playlist.selectedIndex()).isEqualTo(-1);
        assertThat(playlist.tracks())
                .extracting(t -> t.info().title())
                .containsExactly(
                        "Luis Fonsi - Despacito ft. Daddy Yankee",
                        "PSY - GANGNAM STYLE(강남스타일) M/V",
                        "Untitled track 4");
        assertThat(playlist.tracks())
                .extracting(Track::ref)
                .containsExactly(
                        new PlaybackRef.Engine("youtube:https://www.youtube.com/watch?v=kJQP7kiw5Fk"),
                        new PlaybackRef.Engine("youtube:https://www.youtube.com/watch?v=9bZkp7q19f0"),
                        new PlaybackRef.Engine("youtube:https://www.youtube.com/watch?v=OPf0YbXqDm0"));
        Track last = playlist.tracks().getLast();
        assertThat(last.info().author()).isEqualTo("Mark Ronson");
        assertThat(last.info().length()).isEqualTo(Duration.ZERO);
        assertThat(playlist.tracks().getFirst().info().length()).isEqualTo(Duration.ofSeconds(282));
    }

    @Test
    void listedUrlsLoseWhatYtDlpSmuggledIntoThem() {
        ResolveResult result = new YtDlpLookup(new RecordedYtDlp("generic-rss-feed-flat.json"), MAPPER, "YouTube")
                .page("http://127.0.0.1:18765/feed.xml", e -> "unused");

        List<Track> tracks = ((ResolveResult.Playlist) result).tracks();
        assertThat(tracks)
                .extracting(t -> t.info().uri())
                .containsExactly(
                        "http://127.0.0.1:18765/a.webm",
                        "http://127.0.0.1:18765/b.webm",
                        "http://127.0.0.1:18765/c.webm");
        assertThat(tracks)
                .extracting(t -> t.info().title())
                .containsExactly("First Song", "Second Song", "Untitled track 3");
    }

    @Test
    void searchHitsComeInYtDlpsOrder() {
        RecordedYtDlp ytDlp = new RecordedYtDlp("youtube-search-with-gap.json");

        ResolveResult result = new YtDlpLookup(ytDlp, MAPPER, "YouTube").search("ytsearch3:lofi beats");

        assertThat(ytDlp.asked).containsExactly("ytsearch3:lofi beats");
        assertThat(((ResolveResult.SearchHits) result).tracks())
                .extracting(t -> t.info().title(), t -> t.info().length())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "lofi hip hop radio 📚 beats to relax/study to", Duration.ZERO),
                        org.assertj.core.groups.Tuple.tuple(
                                "lofi hip hop radio - beats to sleep/chill to", Duration.ofMillis(10_800_500)));
    }

    @Test
    void emptyListingsAreNoMatchAndFailuresAreFailed() {
        YtDlp empty = new YtDlp() {
            @Override
            public YtDlpOutput list(String target) {
                return new YtDlpPlaylist("x", "Nothing here", List.of());
            }

            @Override
            public YtDlpEntry resolveStream(String pageUrl, String format) {
                throw new AssertionError();
            }
        };
        YtDlpLookup lookup = new YtDlpLookup(empty, MAPPER, "YouTube");
        assertThat(lookup.page("https://www.youtube.com/playlist?list=x", e -> "unused"))
                .isEqualTo(new ResolveResult.NoMatch("That YouTube playlist is empty, or I can't see its entries."));
        assertThat(lookup.search("ytsearch5:zzzz"))
                .isEqualTo(new ResolveResult.NoMatch("I found nothing on YouTube for that search."));

        UserFacingException refusal = new UserFacingException("nope", Severity.COMMON);
        YtDlp failing = new YtDlp() {
            @Override
            public YtDlpOutput list(String target) {
                throw refusal;
            }

            @Override
            public YtDlpEntry resolveStream(String pageUrl, String format) {
                throw new AssertionError();
            }
        };
        assertThat(new YtDlpLookup(failing, MAPPER, "YouTube").search("ytsearch5:x"))
                .isEqualTo(new ResolveResult.Failed(refusal));
    }
}
