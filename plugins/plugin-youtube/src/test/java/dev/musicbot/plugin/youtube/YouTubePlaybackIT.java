package dev.musicbot.plugin.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimComponent;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.ytdlp.testing.RssFeed;
import dev.musicbot.ytdlp.testing.Scripts;
import dev.musicbot.ytdlp.testing.SimListening;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The youtube plugin end to end: the real runtime with the plugin bundled, against the Discord simulator, with
 * the REAL yt-dlp behind a wrapper script that sends YouTube URLs and searches to loopback files and feeds.
 */
class YouTubePlaybackIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild guild;
    private Path wrapper;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("YouTube Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .member("bob")
                .voiceState("alice", "Music")
                .create();
        wrapper = youTubeWrapper();
    }

    @AfterEach
    void stop() {
        sim.close();
        http.close();
    }

    /** Watch URLs go to /<id>.webm, playlists to /<id>.xml, searches to /search.xml; two ids misbehave. */
    private Path youTubeWrapper() {
        String loopback = http.url("").toString();
        String misbehave = """
                for a do
                  case "$a" in
                    *signInPleas*) echo "ERROR: [youtube] signInPleas: Sign in to confirm you're not a bot. \
                Use --cookies-from-browser or --cookies for the authentication." >&2; exit 1 ;;
                    *hangForever*) sleep 60 & wait; exit 1 ;;
                  esac
                done""";
        LinkedHashMap<String, String> rewrites = new LinkedHashMap<>();
        rewrites.put("https://www.youtube.com/watch\\?v=*", "\"" + loopback + "/${a#*v=}.webm\"");
        rewrites.put("https://youtu.be/*", "\"" + loopback + "/${a#https://youtu.be/}.webm\"");
        rewrites.put("https://www.youtube.com/playlist\\?list=*", "\"" + loopback + "/${a#*list=}.xml\"");
        rewrites.put("ytsearch*:*", "\"" + loopback + "/search.xml\"");
        return Scripts.wrapper(dir, "yt-dlp-wrapper", misbehave, rewrites);
    }

    private URI tone(String path, int hz) {
        Path file = AudioFixtures.sine(dir, AudioFileFormat.WEBM_OPUS, hz, Duration.ofSeconds(30));
        return http.serve(path, file);
    }

    private void feed(String path, String title, List<RssFeed.Item> items) {
        http.serve(path, RssFeed.of(title, items), "application/rss+xml");
    }

    private Bot startBot(Map<String, String> extra) {
        // the loopback "YouTube" serves its streams from 127.0.0.1, which the address guard must be told
        Map<String, String> settings =
                new HashMap<>(Map.of("plugins.youtube.yt-dlp", wrapper.toString(), "sources.http.allow", "127.0.0.1"));
        settings.putAll(extra);
        Bot bot = BotHarness.start(sim, dir, settings);
        sim.awaitCommand("play", WAIT);
        return bot;
    }

    private SimMessage play(String query, Predicate<String> content) {
        return SimListening.reply(sim.slash(guild, "alice", "play", Map.of("query", query)), content, WAIT);
    }

    private static double pitch(SimVoice voice, AudioMark mark, double expectedHz) {
        return SimListening.pitch(voice, mark, expectedHz, WAIT);
    }

    /** Skips, then listens until the next tone (the current one plays on while the next loads through yt-dlp). */
    private double pitchAfterSkip(SimVoice voice, double expectedHz) {
        AudioMark mark = voice.mark();
        sim.slash(guild, "alice", "skip", Map.of()).awaitResponse(WAIT);
        return pitch(voice, mark, expectedHz);
    }

    @Test
    void aWatchUrlASearchAndAPlaylistAreHeardInOrder() {
        tone("/dQw4w9WgXcQ.webm", 440);
        URI hit1 = tone("/hit1.webm", 660);
        URI hit2 = tone("/hit2.webm", 880);
        feed(
                "/search.xml",
                "search",
                List.of(
                        new RssFeed.Item("Search Hit One", hit1, Duration.ofSeconds(30)),
                        new RssFeed.Item("Search Hit Two", hit2, Duration.ofSeconds(30))));
        URI road1 = tone("/road1.webm", 330);
        URI road2 = tone("/road2.webm", 550);
        URI road3 = tone("/road3.webm", 770);
        feed(
                "/PLroadtrip.xml",
                "Road Trip Mix",
                List.of(
                        new RssFeed.Item("Road One", road1, Duration.ofSeconds(30)),
                        new RssFeed.Item("Road Two", road2, Duration.ofSeconds(30)),
                        new RssFeed.Item("Road Three", road3, Duration.ofSeconds(30))));

        try (Bot _ = startBot(Map.of())) {
            SimMessage nowPlaying = play(VIDEO, text -> text.contains("dQw4w9WgXcQ"));
            assertThat(nowPlaying.ephemeral()).isFalse();
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            assertThat(pitch(voice, voice.mark(), 440)).isCloseTo(440, within(5.0));

            assertThat(play("never gonna give you up", text -> text.contains("Search Hit One"))
                            .ephemeral())
                    .isFalse();
            assertThat(pitchAfterSkip(voice, 660)).as("the first search hit").isCloseTo(660, within(5.0));

            SimMessage queued =
                    play("https://www.youtube.com/playlist?list=PLroadtrip", text -> text.contains("Road Trip Mix"));
            assertThat(queued.content()).contains("3 tracks");
            assertThat(pitchAfterSkip(voice, 330)).as("playlist entry 1").isCloseTo(330, within(5.0));
            assertThat(pitchAfterSkip(voice, 550)).as("playlist entry 2").isCloseTo(550, within(5.0));
            assertThat(pitchAfterSkip(voice, 770)).as("playlist entry 3").isCloseTo(770, within(5.0));
            assertThat(http.requests("/hit2.webm"))
                    .as("only the first hit is played")
                    .isEmpty();
        }
    }

    @Test
    void searchOffersTheTopHitsInAMenuAndPlaysThePickedOne() {
        URI hit1 = tone("/hit1.webm", 660);
        URI hit2 = tone("/hit2.webm", 880);
        feed(
                "/search.xml",
                "search",
                List.of(
                        new RssFeed.Item("Search Hit One", hit1, Duration.ofSeconds(30)),
                        new RssFeed.Item("Search Hit Two", hit2, Duration.ofSeconds(30))));
        guild.member("bob").joinVoice("Music");

        try (Bot _ = startBot(Map.of())) {
            SimMessage results = SimListening.reply(
                    sim.slash(guild, "alice", "search", Map.of("query", "never gonna")),
                    text -> text.startsWith("Results for"),
                    WAIT);
            assertThat(results.ephemeral()).isFalse();
            SimComponent menu =
                    results.component("search:" + menuAction(results)).orElseThrow();
            assertThat(menu.type()).isEqualTo(SimComponent.STRING_SELECT);
            assertThat(menu.options()).containsExactly("0", "1");
            assertThat(menu.json().path("options").get(1).path("label").asText())
                    .isEqualTo("2. Search Hit Two");

            SimMessage notYours = sim.select(guild, "bob", results.id(), menu.customId(), List.of("0"))
                    .awaitResponse(WAIT);
            assertThat(notYours.ephemeral()).isTrue();
            assertThat(notYours.content()).startsWith("Only the member who searched can pick");

            SimMessage picked = sim.select(guild, "alice", results.id(), menu.customId(), List.of("1"))
                    .awaitResponse(WAIT);
            assertThat(picked.content()).startsWith("Now playing: **Search Hit Two**");
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            assertThat(pitch(voice, voice.mark(), 880)).isCloseTo(880, within(5.0));
            assertThat(http.requests("/hit1.webm"))
                    .as("the other hit is never fetched")
                    .isEmpty();

            SimMessage again = sim.select(guild, "alice", results.id(), menu.customId(), List.of("0"))
                    .awaitResponse(WAIT);
            assertThat(again.ephemeral()).isTrue();
            assertThat(again.content()).startsWith("This search has expired or was already used");
        }
    }

    private static String menuAction(SimMessage message) {
        return message.components().stream()
                .filter(c -> c.type() == SimComponent.STRING_SELECT)
                .findFirst()
                .orElseThrow()
                .customId()
                .substring("search:".length());
    }

    @Test
    void ytDlpFailuresGetClearRepliesAndTheBotKeepsWorking() throws IOException {
        URI plain = http.serve(
                "/plain/tone.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)));
        Path parked = dir.resolve("parked-wrapper");

        try (Bot _ = startBot(Map.of("plugins.youtube.timeout-seconds", "3", "sources.http.allow", "127.0.0.1"))) {
            Files.move(wrapper, parked);
            SimMessage missing = play(VIDEO, text -> text.contains("yt-dlp"));
            assertThat(missing.ephemeral()).isTrue();
            assertThat(missing.content())
                    .isEqualTo("yt-dlp is not installed; install it or set plugins.youtube.yt-dlp to its path.");
            Files.move(parked, wrapper);

            SimMessage refused = play("https://youtu.be/signInPleas", text -> text.contains("sign in"));
            assertThat(refused.ephemeral()).isTrue();
            assertThat(refused.content())
                    .isEqualTo("YouTube asked me to sign in to prove I'm not a bot, so I can't play that right now.");

            long started = System.nanoTime();
            SimMessage slow = play("https://www.youtube.com/watch?v=hangForever", text -> text.contains("longer"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(slow.ephemeral()).isTrue();
            assertThat(slow.content())
                    .isEqualTo("yt-dlp took longer than 3 s to answer, so I stopped it. Please try again.");
            assertThat(took).isLessThan(Duration.ofSeconds(10));
            assertThat(guild.botVoiceChannel())
                    .as("nothing was queued, so the bot did not join")
                    .isEmpty();

            assertThat(play(plain.toString(), text -> text.startsWith("Now playing"))
                            .ephemeral())
                    .isFalse();
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            assertThat(pitch(voice, voice.mark(), 440)).isCloseTo(440, within(5.0));
        }
    }

    @Test
    void aLinkThatRedirectsToAnotherSourceOrToAPrivateAddressIsNotFollowed() {
        URI plain = tone("/plain.webm", 440);
        try (AudioHttpServer canary = AudioHttpServer.startOn("127.0.0.2")) {
            URI secret = canary.serve(
                    "/secret.webm", AudioFixtures.sine(dir, AudioFileFormat.WEBM_OPUS, 660, Duration.ofSeconds(5)));
            // LavaPlayer hands a Location to every source as a new identifier, the yt-dlp ones first
            URI toYtDlp = http.redirect("/to-youtube", "youtube:" + secret, 302);
            URI toPrivate = http.redirect("/to-private", secret.toString(), 302);

            try (Bot _ = startBot(Map.of())) {
                SimMessage otherSource = play(toYtDlp.toString(), text -> text.contains("redirects"));
                assertThat(otherSource.ephemeral()).isTrue();
                assertThat(otherSource.content())
                        .isEqualTo("I couldn't play that link: it redirects to something that isn't a web address, "
                                + "so I didn't follow it.");

                SimMessage privateAddress = play(toPrivate.toString(), text -> text.contains("redirects"));
                assertThat(privateAddress.ephemeral()).isTrue();
                assertThat(privateAddress.content())
                        .isEqualTo("I couldn't play that link: it redirects to a private or local network address, "
                                + "so I didn't follow it.");

                SimMessage typed = play("youtube:" + secret, text -> !text.isBlank());
                assertThat(typed.ephemeral()).isTrue();
                assertThat(canary.requests())
                        .as("nothing fetched the address the allow-list does not name")
                        .isEmpty();

                assertThat(play(plain.toString(), text -> text.startsWith("Now playing"))
                                .ephemeral())
                        .isFalse();
                SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
                assertThat(pitch(voice, voice.mark(), 440)).isCloseTo(440, within(5.0));
            }
        }
    }
}
