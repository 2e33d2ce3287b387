package dev.musicbot.plugin.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.ytdlp.testing.RssFeed;
import dev.musicbot.ytdlp.testing.Scripts;
import dev.musicbot.ytdlp.testing.SimListening;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spotify link end to end: the real runtime with the spotify and youtube plugins bundled, against the
 * Discord simulator, a loopback Spotify Web API, and the REAL yt-dlp behind a wrapper script that sends the
 * track's ISRC search to a loopback RSS feed of uploads.
 *
 * <p>The feed's entries carry no channel (yt-dlp's generic extractor reads none from RSS), so the artist
 * appears in both titles: the first-ranked upload differs from the right one only by its "(Live)" marker and
 * its tone, which proves that the matcher, not the search rank, chose what is heard.
 */
class SpotifyPlaybackIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration SONG = Duration.ofSeconds(20);
    private static final String TRACK_ID = "0LoopSongTestTrack0001";
    private static final String LINK = "https://open.spotify.com/track/" + TRACK_ID;

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private LoopbackSpotify spotify;
    private DiscordSimulator sim;
    private SimGuild guild;
    private Path wrapper;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        spotify = LoopbackSpotify.start(SpotifyPlaybackIT.class);
        sim = DiscordSimulator.start();
        guild = sim.guild("Spotify Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
        wrapper = youTubeWrapper();
    }

    @AfterEach
    void stop() {
        sim.close();
        spotify.close();
        http.close();
    }

    /** The ISRC search goes to /isrc-search.xml; any other search to /name-search.xml, which is not served. */
    private Path youTubeWrapper() {
        String loopback = http.url("").toString();
        LinkedHashMap<String, String> rewrites = new LinkedHashMap<>();
        rewrites.put("ytsearch*:'\"USTEST0000001\"'", "\"" + loopback + "/isrc-search.xml\"");
        rewrites.put("ytsearch*:*", "\"" + loopback + "/name-search.xml\"");
        return Scripts.wrapper(dir, "yt-dlp-wrapper", "", rewrites);
    }

    private URI tone(String path, AudioFileFormat format, int hz) {
        return http.serve(path, AudioFixtures.sine(dir, format, hz, SONG));
    }

    private Bot startBot() {
        Bot bot = BotHarness.start(
                sim,
                dir,
                Map.of(
                        "plugins.youtube.yt-dlp",
                        wrapper.toString(),
                        "plugins.spotify.client-id",
                        "test-client",
                        "plugins.spotify.client-secret",
                        "test-secret",
                        "plugins.spotify.api-base-url",
                        spotify.apiBase(),
                        "plugins.spotify.auth-base-url",
                        spotify.authBase(),
                        // the loopback "YouTube" serves its streams from 127.0.0.1
                        "sources.http.allow",
                        "127.0.0.1"));
        sim.awaitCommand("play", WAIT);
        return bot;
    }

    @Test
    void aSpotifyLinkIsHeardThroughTheMatchingYouTubeUploadNotTheFirstHit() {
        spotify.on("/v1/tracks/" + TRACK_ID, spotify.fixture("track"));
        URI live = tone("/live.webm", AudioFileFormat.WEBM_OPUS, 330);
        URI studio = tone("/studio.ogg", AudioFileFormat.OGG_OPUS, 440);
        byte[] hits = RssFeed.of(
                "search",
                List.of(
                        new RssFeed.Item("Test Artist - Loop Song (Live)", live, SONG),
                        new RssFeed.Item("Test Artist - Loop Song", studio, SONG)));
        http.serve("/isrc-search.xml", hits, "application/rss+xml");

        try (Bot _ = startBot()) {
            SimMessage reply = SimListening.reply(
                    sim.slash(guild, "alice", "play", Map.of("query", LINK)), text -> text.contains("Loop Song"), WAIT);
            assertThat(reply.ephemeral()).isFalse();
            assertThat(reply.content()).startsWith("Now playing").doesNotContain("Live");

            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            assertThat(SimListening.pitch(voice, voice.mark(), 440, WAIT))
                    .as("the studio upload, not the first-ranked live one")
                    .isCloseTo(440, within(5.0));
            assertThat(http.requests("/live.webm"))
                    .as("the live upload is never fetched")
                    .isEmpty();
            assertThat(http.requests("/name-search.xml"))
                    .as("the ISRC search was enough")
                    .isEmpty();

            SimMessage card = sim.slash(guild, "alice", "nowplaying", Map.of()).awaitResponse(WAIT);
            assertThat(card.embeds().getFirst().title()).isEqualTo("Now playing: Loop Song");
            assertThat(card.text()).contains("Test Artist").doesNotContain("Live");
        }
        assertThat(spotify.requests("/v1/tracks/" + TRACK_ID)).hasSize(1);
    }
}
