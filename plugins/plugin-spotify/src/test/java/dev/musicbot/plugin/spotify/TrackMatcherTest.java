package dev.musicbot.plugin.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrackMatcherTest {
    private static final SpotifyTrack BLINDING_LIGHTS = wanted("Blinding Lights", 200, "The Weeknd");
    private static final SpotifyTrack YELLOW = wanted("Yellow", 266, "Coldplay");
    private static final SpotifyTrack HELLO = wanted("Hello", 295, "Adele");
    private static final SpotifyTrack MIDNIGHT_DRIVE = wanted("Midnight Drive", 207, "Alex Rivers");
    private static final SpotifyTrack MIDNIGHT_DRIVE_REMIX =
            wanted("Midnight Drive - Nova Remix", 210, "Alex Rivers", "Nova");

    private final TrackMatcher matcher = new TrackMatcher();

    static Stream<Arguments> nearMisses() {
        return Stream.of(
                row(
                        "a live version of the same title loses to the studio upload",
                        YELLOW,
                        "topic",
                        upload("live", "Coldplay - Yellow (Live at Glastonbury 2016)", "Coldplay", 270),
                        upload("topic", "Yellow", "Coldplay - Topic", 267)),
                row(
                        "a live version alone is rejected",
                        YELLOW,
                        null,
                        upload("live", "Coldplay - Yellow (Live at Glastonbury 2016)", "Coldplay", 270)),
                row(
                        "a cover listed first loses to the official video",
                        YELLOW,
                        "official",
                        upload("cover", "Yellow - Coldplay (Acoustic Cover by Jane Doe)", "Jane Doe Music", 266),
                        upload("official", "Coldplay - Yellow (Official Video)", "Coldplay", 269)),
                row(
                        "a cover alone is rejected",
                        YELLOW,
                        null,
                        upload("cover", "Yellow - Coldplay (Acoustic Cover by Jane Doe)", "Jane Doe Music", 266)),
                row(
                        "20 s longer is rejected even on the official channel",
                        BLINDING_LIGHTS,
                        null,
                        upload("vevo", "The Weeknd - Blinding Lights (Official Video)", "TheWeekndVEVO", 220)),
                row(
                        "15 s longer is still accepted",
                        BLINDING_LIGHTS,
                        "vevo",
                        upload("vevo", "The Weeknd - Blinding Lights (Official Video)", "TheWeekndVEVO", 215)),
                row(
                        "a sped-up version loses to a lyric video",
                        BLINDING_LIGHTS,
                        "lyrics",
                        upload("sped", "The Weeknd - Blinding Lights (Sped Up)", "The Weeknd", 199),
                        upload("lyrics", "The Weeknd - Blinding Lights (Lyrics)", "7clouds", 201)),
                row(
                        "nightcore from a fan channel is rejected",
                        BLINDING_LIGHTS,
                        null,
                        upload("nightcore", "Nightcore - Blinding Lights", "Nightcore Nation", 200)),
                row(
                        "the same title by the wrong artist is rejected",
                        HELLO,
                        "adele",
                        upload("richie", "Lionel Richie - Hello", "LionelRichieVEVO", 295),
                        upload("adele", "Adele - Hello (Official Music Video)", "AdeleVEVO", 299)),
                row(
                        "a topic channel beats a lyric video, even a second longer",
                        BLINDING_LIGHTS,
                        "topic",
                        upload("lyrics", "The Weeknd - Blinding Lights (Lyrics)", "7clouds", 200),
                        upload("topic", "Blinding Lights", "The Weeknd - Topic", 201)),
                row(
                        "a remix requested explicitly beats the original",
                        MIDNIGHT_DRIVE_REMIX,
                        "remix",
                        upload("original", "Alex Rivers - Midnight Drive (Official Audio)", "Alex Rivers", 207),
                        upload("remix", "Alex Rivers - Midnight Drive (Nova Remix)", "Nova", 211)),
                row(
                        "a remix not requested loses to the original",
                        MIDNIGHT_DRIVE,
                        "original",
                        upload("remix", "Alex Rivers - Midnight Drive (Nova Remix)", "Nova", 208),
                        upload("original", "Alex Rivers - Midnight Drive (Official Audio)", "Alex Rivers", 207)),
                row(
                        "the smaller length difference wins",
                        BLINDING_LIGHTS,
                        "close",
                        upload("far", "The Weeknd - Blinding Lights", "The Weeknd", 210),
                        upload("close", "The Weeknd - Blinding Lights", "The Weeknd", 201)),
                row(
                        "equal scores keep the search order",
                        BLINDING_LIGHTS,
                        "first",
                        upload("first", "The Weeknd - Blinding Lights", "The Weeknd", 201),
                        upload("second", "The Weeknd - Blinding Lights", "The Weeknd", 201)),
                row(
                        "feat. credits and punctuation are normalised",
                        wanted("Despacito (feat. Daddy Yankee)", 229, "Luis Fonsi", "Daddy Yankee"),
                        "vevo",
                        upload("vevo", "Luis Fonsi - Despacito ft. Daddy Yankee", "LuisFonsiVEVO", 229)),
                row(
                        "accents and case are normalised",
                        wanted("Déjà Vu (feat. Jay-Z)", 240, "Beyoncé", "JAY-Z"),
                        "vevo",
                        upload("vevo", "BEYONCE - DEJA VU ft. Jay Z", "beyonceVEVO", 241)),
                row(
                        "a live stream of unknown length is rejected",
                        BLINDING_LIGHTS,
                        null,
                        upload("radio", "The Weeknd - Blinding Lights radio 24/7", "The Weeknd", 0)),
                row(
                        "a live version requested explicitly is accepted",
                        wanted("Yellow - Live in Buenos Aires", 290, "Coldplay"),
                        "live",
                        upload("live", "Coldplay - Yellow (Live In Buenos Aires)", "Coldplay", 291)),
                row(
                        "a remaster note in the Spotify title is ignored",
                        wanted("Bohemian Rhapsody - Remastered 2011", 355, "Queen"),
                        "queen",
                        upload(
                                "queen",
                                "Queen – Bohemian Rhapsody (Official Video Remastered)",
                                "Queen Official",
                                359)),
                row(
                        "an unrelated title by the right artist is rejected",
                        BLINDING_LIGHTS,
                        null,
                        upload("other", "The Weeknd - Save Your Tears (Official Audio)", "The Weeknd", 200)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void picksTheRightUpload(String description, SpotifyTrack wanted, String expected, List<Track> candidates) {
        Optional<String> chosen =
                matcher.best(wanted, candidates).map(t -> t.info().uri());

        if (expected == null) {
            assertThat(chosen).as(description).isEmpty();
        } else {
            assertThat(chosen).as(description).contains("https://www.youtube.com/watch?v=" + expected);
        }
    }

    @Test
    void scoresRiseAsTheLengthDifferenceShrinks() {
        double far = matcher.score(BLINDING_LIGHTS, info("Blinding Lights", "The Weeknd - Topic", 212))
                .orElseThrow();
        double near = matcher.score(BLINDING_LIGHTS, info("Blinding Lights", "The Weeknd - Topic", 203))
                .orElseThrow();

        assertThat(near).isGreaterThan(far);
    }

    @Test
    void noCandidatesGiveNoMatch() {
        assertThat(matcher.best(BLINDING_LIGHTS, List.of())).isEmpty();
    }

    private static Arguments row(String description, SpotifyTrack wanted, String expected, Track... candidates) {
        return Arguments.of(description, wanted, expected, List.of(candidates));
    }

    private static SpotifyTrack wanted(String title, int seconds, String... artists) {
        return new SpotifyTrack(
                "0VjIjW4GlUZAMYd2vXMi3b",
                title,
                List.of(artists),
                Duration.ofSeconds(seconds),
                "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b",
                null,
                null);
    }

    private static Track upload(String id, String title, String channel, int seconds) {
        return new Track(
                new TrackInfo(
                        title,
                        channel,
                        Duration.ofSeconds(seconds),
                        "https://www.youtube.com/watch?v=" + id,
                        null,
                        null),
                new PlaybackRef.Engine("https://www.youtube.com/watch?v=" + id),
                "youtube");
    }

    private static TrackInfo info(String title, String channel, int seconds) {
        return new TrackInfo(title, channel, Duration.ofSeconds(seconds), null, null, null);
    }
}
