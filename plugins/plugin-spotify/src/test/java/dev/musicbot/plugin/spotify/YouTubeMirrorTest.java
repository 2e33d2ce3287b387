package dev.musicbot.plugin.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class YouTubeMirrorTest {
    private static final String ID = "0VjIjW4GlUZAMYd2vXMi3b";
    private static final String MIRROR = "spotify-mirror:" + ID;
    private static final String ISRC_QUERY = "ytsearch:\"USUG11904206\"";
    private static final String TEXT_QUERY = "ytsearch:The Weeknd - Blinding Lights";

    private static final Track LYRICS = upload("a1", "The Weeknd - Blinding Lights (Lyrics)", "7clouds", 201);
    private static final Track TOPIC = upload("a2", "Blinding Lights", "The Weeknd - Topic", 200);
    private static final Track LIVE = upload("a3", "The Weeknd - Blinding Lights (Live)", "The Weeknd", 205);
    private static final Track OFFICIAL =
            upload("a4", "The Weeknd - Blinding Lights (Official Audio)", "The Weeknd", 201);
    private static final Track UNRELATED = upload("a5", "Top 10 synthwave songs", "Synth Fan", 200);
    private static final Track TOO_LONG =
            upload("a6", "The Weeknd - Blinding Lights (Official Video)", "TheWeekndVEVO", 262);

    private final LoopbackSpotify spotify = LoopbackSpotify.start(YouTubeMirrorTest.class);
    private final FakeLoader youtube = new FakeLoader();
    private final SpotifyResolver resolver = spotify.resolver(youtube);

    @AfterEach
    void stop() {
        spotify.close();
    }

    @Test
    void isrcSearchComesFirstAndTheBestCandidateIsChosen() {
        spotify.on("/v1/tracks/" + ID, spotify.fixture("track"));
        youtube.answer(ISRC_QUERY, new ResolveResult.SearchHits(List.of(LYRICS, LIVE, TOPIC)));
        youtube.answer(TEXT_QUERY, new ResolveResult.SearchHits(List.of(OFFICIAL)));

        ResolveResult result = resolver.resolve(new TrackQuery(MIRROR));

        assertThat(result).isEqualTo(new ResolveResult.Single(TOPIC));
        assertThat(youtube.queries).containsExactly(ISRC_QUERY);
    }

    @Test
    void artistAndTitleSearchFollowsWhenTheIsrcSearchHasNoAcceptableUpload() {
        spotify.on("/v1/tracks/" + ID, spotify.fixture("track"));
        youtube.answer(ISRC_QUERY, new ResolveResult.SearchHits(List.of(UNRELATED, TOO_LONG)));
        youtube.answer(TEXT_QUERY, new ResolveResult.SearchHits(List.of(LIVE, OFFICIAL)));

        ResolveResult result = resolver.resolve(new TrackQuery(MIRROR));

        assertThat(result).isEqualTo(new ResolveResult.Single(OFFICIAL));
        assertThat(youtube.queries).containsExactly(ISRC_QUERY, TEXT_QUERY);
    }

    @Test
    void trackWithoutIsrcIsSearchedByArtistAndTitleOnly() {
        spotify.on("/v1/tracks/" + ID, spotify.fixture("track-without-isrc"));
        youtube.answer(TEXT_QUERY, new ResolveResult.Single(OFFICIAL));

        ResolveResult result = resolver.resolve(new TrackQuery(MIRROR));

        assertThat(result).isEqualTo(new ResolveResult.Single(OFFICIAL));
        assertThat(youtube.queries).containsExactly(TEXT_QUERY);
    }

    @Test
    void noAcceptableUploadIsNoMatchNamingTheTrack() {
        spotify.on("/v1/tracks/" + ID, spotify.fixture("track"));
        youtube.answer(ISRC_QUERY, new ResolveResult.SearchHits(List.of(TOO_LONG)));
        youtube.answer(TEXT_QUERY, new ResolveResult.SearchHits(List.of(TOO_LONG, UNRELATED)));

        ResolveResult result = resolver.resolve(new TrackQuery(MIRROR));

        assertThat(result).isEqualTo(new ResolveResult.NoMatch("No YouTube match for The Weeknd - Blinding Lights."));
    }

    @Test
    void deferredHitsAreNeverChosen() {
        spotify.on("/v1/tracks/" + ID, spotify.fixture("track"));
        Track deferred = new Track(TOPIC.info(), new PlaybackRef.Deferred(List.of("spotify-mirror:" + ID)), "spotify");
        youtube.answer(ISRC_QUERY, new ResolveResult.SearchHits(List.of(deferred)));
        youtube.answer(TEXT_QUERY, new ResolveResult.Single(deferred));

        assertThat(resolver.resolve(new TrackQuery(MIRROR))).isInstanceOf(ResolveResult.NoMatch.class);
    }

    @Test
    void youTubeFailureIsPassedOnWhenNoSearchGaveCandidates() {
        spotify.on("/v1/tracks/" + ID, spotify.fixture("track"));
        ResolveResult.Failed down =
                new ResolveResult.Failed(new UserFacingException("YouTube is unavailable.", Severity.SUSPICIOUS));
        youtube.answer(ISRC_QUERY, down);
        youtube.answer(TEXT_QUERY, down);

        assertThat(resolver.resolve(new TrackQuery(MIRROR))).isSameAs(down);
    }

    @Test
    void trackLinkThenPlaybackFetchesTheTrackOnceAndMatchesAreCached() {
        spotify.on("/v1/tracks/" + ID, spotify.fixture("track"));
        youtube.answer(ISRC_QUERY, new ResolveResult.SearchHits(List.of(TOPIC)));

        resolver.resolve(new TrackQuery("https://open.spotify.com/track/" + ID));
        ResolveResult first = resolver.resolve(new TrackQuery(MIRROR));
        ResolveResult second = resolver.resolve(new TrackQuery(MIRROR));

        assertThat(first).isEqualTo(new ResolveResult.Single(TOPIC)).isEqualTo(second);
        assertThat(spotify.requests("/v1/tracks/" + ID)).hasSize(1);
        assertThat(youtube.queries).containsExactly(ISRC_QUERY);
    }

    @Test
    void mirrorOfARemovedTrackIsNoMatch() {
        spotify.on("/v1/tracks/" + ID, LoopbackSpotify.error(404, "Resource not found"));

        assertThat(resolver.resolve(new TrackQuery(MIRROR)))
                .isEqualTo(new ResolveResult.NoMatch("That Spotify track is no longer available."));
        assertThat(youtube.queries).isEmpty();
    }

    private static Track upload(String videoId, String title, String channel, int seconds) {
        return new Track(
                new TrackInfo(
                        title,
                        channel,
                        Duration.ofSeconds(seconds),
                        "https://www.youtube.com/watch?v=" + videoId,
                        null,
                        null),
                new PlaybackRef.Engine("https://www.youtube.com/watch?v=" + videoId),
                "youtube");
    }

    /** The bot's track loader as the Spotify plugin sees it: canned answers per query, and a log. */
    private static final class FakeLoader implements TrackLoader {
        final List<String> queries = new ArrayList<>();
        private final Map<String, ResolveResult> answers = new HashMap<>();

        void answer(String query, ResolveResult result) {
            answers.put(query, result);
        }

        @Override
        public synchronized ResolveResult load(TrackQuery query) {
            queries.add(query.input());
            return answers.getOrDefault(query.input(), new ResolveResult.NoMatch("nothing for " + query.input()));
        }
    }
}
