package dev.musicbot.plugin.soundcloud;

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
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.ytdlp.testing.HlsFixture;
import dev.musicbot.ytdlp.testing.RssFeed;
import dev.musicbot.ytdlp.testing.Scripts;
import dev.musicbot.ytdlp.testing.SimListening;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soundcloud plugin end to end: the real runtime with the plugin bundled, against the Discord simulator,
 * with the REAL yt-dlp behind a wrapper that sends SoundCloud track URLs to loopback HLS playlists with fMP4/AAC
 * segments (what SoundCloud serves since 2025, and what LavaPlayer cannot read: ffmpeg transcodes them).
 */
class SoundCloudPlaybackIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration TONE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild guild;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("SoundCloud Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
    }

    @AfterEach
    void stop() {
        sim.close();
        http.close();
    }

    /** Track pages go to /hls/<slug>/<slug>.m3u8, set pages to the feed /<slug>.xml. */
    private Path soundCloudWrapper() {
        String loopback = http.url("").toString();
        LinkedHashMap<String, String> rewrites = new LinkedHashMap<>();
        rewrites.put("https://soundcloud.com/*/sets/*", "\"" + loopback + "/${a##*/}.xml\"");
        rewrites.put("https://soundcloud.com/*", "\"" + loopback + "/hls/${a##*/}/${a##*/}.m3u8\"");
        return Scripts.wrapper(dir, "yt-dlp-wrapper", "", rewrites);
    }

    private URI hls(String slug, int hz) {
        Path files = HlsFixture.write(dir.resolve(slug), hz, TONE);
        return HlsFixture.serve(http, "/hls/" + slug, files, slug);
    }

    private Bot startBot() {
        Bot bot = BotHarness.start(
                sim,
                dir,
                Map.of(
                        "plugins.soundcloud.yt-dlp",
                        soundCloudWrapper().toString(),
                        // the loopback "SoundCloud" serves its streams from 127.0.0.1
                        "sources.http.allow",
                        "127.0.0.1"));
        sim.awaitCommand("play", WAIT);
        return bot;
    }

    private SimMessage play(String query, Predicate<String> content) {
        return SimListening.reply(sim.slash(guild, "alice", "play", Map.of("query", query)), content, WAIT);
    }

    private static double pitchAfter(SimVoice voice, AudioMark mark, double expectedHz) {
        return SimListening.pitch(voice, mark, expectedHz, WAIT);
    }

    private double pitchAfterSkip(SimVoice voice, double expectedHz) {
        AudioMark mark = voice.mark();
        sim.slash(guild, "alice", "skip", Map.of()).awaitResponse(WAIT);
        return pitchAfter(voice, mark, expectedHz);
    }

    @Test
    void anHlsAacTrackIsHeardThroughFfmpegAndASetPlaysInOrder() {
        hls("night-drive", 440);
        hls("first-light", 550);
        // a set lists SoundCloud pages, which yt-dlp resolves at play time (the wrapper sends them to the HLS
        // fixture); an entry on another host is played as a plain link, through the guarded HTTP source
        URI first = URI.create("https://soundcloud.com/night-artist/first-light");
        URI second = http.serve("/files/second.mp3", AudioFixtures.sine(dir, AudioFileFormat.MP3, 660, TONE));
        http.serve(
                "/late-night.xml",
                RssFeed.of(
                        "Late Night Set",
                        List.of(
                                new RssFeed.Item("First Light", first, TONE),
                                new RssFeed.Item("Second Wind", second, TONE))),
                "application/rss+xml");

        try (Bot _ = startBot()) {
            SimMessage nowPlaying = play(
                    "https://soundcloud.com/night-artist/night-drive?si=share", text -> text.contains("night-drive"));
            assertThat(nowPlaying.ephemeral()).isFalse();
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            assertThat(pitchAfter(voice, voice.mark(), 440)).isCloseTo(440, within(5.0));
            assertThat(http.requests("/hls/night-drive/init.mp4"))
                    .as("ffmpeg read the fMP4 segments")
                    .isNotEmpty();

            assertThat(play(
                                    "https://soundcloud.com/night-artist/sets/late-night",
                                    text -> text.contains("Late Night Set"))
                            .content())
                    .contains("2 tracks");
            assertThat(pitchAfterSkip(voice, 550)).as("set entry 1 (HLS)").isCloseTo(550, within(5.0));
            assertThat(pitchAfterSkip(voice, 660))
                    .as("set entry 2 (progressive MP3)")
                    .isCloseTo(660, within(5.0));
        }
    }
}
