package dev.musicbot.plugin.youtube;

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
import dev.musicbot.ytdlp.testing.RssFeed;
import dev.musicbot.ytdlp.testing.Scripts;
import dev.musicbot.ytdlp.testing.SimListening;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autoplay end to end: the real runtime with the youtube plugin, against the Discord simulator, with the REAL
 * yt-dlp behind a wrapper that sends a video's mix page ({@code watch?v=<id>&list=RD<id>}) to a loopback feed and
 * its watch page to a loopback tone.
 */
class YouTubeAutoplayIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SEED = "dQw4w9WgXcQ";

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
        guild = sim.guild("Autoplay Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .role("DJ")
                .member("alice", "DJ")
                .voiceState("alice", "Music")
                .create();
        String loopback = http.url("").toString();
        LinkedHashMap<String, String> rewrites = new LinkedHashMap<>();
        rewrites.put("https://www.youtube.com/watch\\?v=*\\&list=RD*", "\"" + loopback + "/mix-${a#*list=RD}.xml\"");
        rewrites.put("https://www.youtube.com/watch\\?v=*", "\"" + loopback + "/${a#*v=}.webm\"");
        wrapper = Scripts.wrapper(dir, "yt-dlp-wrapper", "", rewrites);
    }

    @AfterEach
    void stop() {
        sim.close();
        http.close();
    }

    private static String watch(String id) {
        return "https://www.youtube.com/watch?v=" + id;
    }

    private void tone(String id, int hz, Duration length) {
        http.serve("/" + id + ".webm", AudioFixtures.sine(dir, AudioFileFormat.WEBM_OPUS, hz, length));
    }

    /** The mix of a video, as YouTube lists it: the video itself first, then related ones. */
    private void mix(String seed, Map<String, String> titlesById) {
        List<RssFeed.Item> items = titlesById.entrySet().stream()
                .map(e -> new RssFeed.Item(e.getValue(), URI.create(watch(e.getKey())), Duration.ofSeconds(30)))
                .toList();
        http.serve("/mix-" + seed + ".xml", RssFeed.of("Mix", items), "application/rss+xml");
    }

    private Bot startBot(Map<String, String> extra) {
        Map<String, String> settings =
                new HashMap<>(Map.of("plugins.youtube.yt-dlp", wrapper.toString(), "sources.http.allow", "127.0.0.1"));
        settings.putAll(extra);
        Bot bot = BotHarness.start(sim, dir, settings);
        sim.awaitCommand("autoplay", WAIT);
        return bot;
    }

    private SimMessage command(String name, Map<String, Object> options) {
        return SimListening.reply(sim.slash(guild, "alice", name, options), text -> !text.isBlank(), WAIT);
    }

    private SimMessage announced(String text) {
        return sim.awaitChannelMessage(guild.textChannel(), m -> m.text().contains(text), WAIT);
    }

    private static double pitch(SimVoice voice, AudioMark mark, double hz) {
        return SimListening.pitch(voice, mark, hz, WAIT);
    }

    @Test
    void whenTheQueueRunsOutTheMixPlaysWithoutWhatPlayedRecentlyAndTheSettingSurvivesARestart() {
        tone(SEED, 440, Duration.ofSeconds(4));
        tone("relatedAAAA", 660, Duration.ofSeconds(30));
        tone("relatedBBBB", 880, Duration.ofSeconds(30));
        LinkedHashMap<String, String> related = new LinkedHashMap<>();
        related.put(SEED, "The Seed Again");
        related.put("relatedAAAA", "Related One");
        related.put("relatedBBBB", "Related Two");
        mix(SEED, related);

        try (Bot _ = startBot(Map.of())) {
            assertThat(command("autoplay", Map.of("mode", "on")).content()).startsWith("Autoplay on");
        }
        try (Bot _ = startBot(Map.of())) {
            command("play", Map.of("query", watch(SEED)));
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            AudioMark start = voice.mark();
            assertThat(pitch(voice, start, 440)).as("the song played").isCloseTo(440, within(5.0));

            assertThat(pitch(voice, start, 660))
                    .as("the mix's first fresh song")
                    .isCloseTo(660, within(5.0));
            assertThat(announced("Autoplay: the queue ran out").text())
                    .isEqualTo("Autoplay: the queue ran out, so I added 2 songs related to **" + SEED + "**.");
            SimMessage card = announced("Now playing: Related One");
            assertThat(card.embeds().getFirst().fields())
                    .anySatisfy(f -> assertThat(f.name() + ": " + f.value()).isEqualTo("Requested by: autoplay"))
                    .anySatisfy(f -> assertThat(f.name() + ": " + f.value()).isEqualTo("Autoplay: on"));
            String queue = sim.slash(guild, "alice", "queue", Map.of())
                    .awaitResponse(WAIT)
                    .text();
            assertThat(queue).contains("Related Two").contains("autoplay");
            assertThat(queue).as("the song that just played is left out").doesNotContain("The Seed Again");
        }
    }

    @Test
    void withoutAMixTheGuildsOwnHistoryPlaysAgainButNotTheLastSongs() {
        tone("historySong", 330, Duration.ofSeconds(3));
        tone("noMixVideo1", 550, Duration.ofSeconds(3)); // yt-dlp finds no feed for its mix: the listing fails

        try (Bot _ = startBot(Map.of("playback.autoplay-recent", "1"))) {
            command("play", Map.of("query", watch("historySong")));
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            AudioMark start = voice.mark();
            assertThat(command("autoplay", Map.of("mode", "on")).content()).startsWith("Autoplay on");
            command("play", Map.of("query", watch("noMixVideo1")));
            assertThat(pitch(voice, start, 330)).isCloseTo(330, within(5.0));
            assertThat(pitch(voice, start, 550)).isCloseTo(550, within(5.0));
            AudioMark second = voice.mark();

            assertThat(announced("from this server's history").text())
                    .isEqualTo("Autoplay: the queue ran out, so I added 1 song from this server's history.");
            assertThat(pitch(voice, second, 330)).as("the older song again").isCloseTo(330, within(5.0));
            assertThat(http.requests("/mix-noMixVideo1.xml"))
                    .as("the mix was asked for")
                    .isNotEmpty();
        }
    }

    @Test
    void nothingIsAddedOnceEveryoneHasLeft() throws InterruptedException {
        tone(SEED, 440, Duration.ofSeconds(3));
        tone("relatedAAAA", 660, Duration.ofSeconds(30));
        LinkedHashMap<String, String> related = new LinkedHashMap<>();
        related.put("relatedAAAA", "Related One");
        mix(SEED, related);

        try (Bot _ = startBot(Map.of())) {
            assertThat(command("autoplay", Map.of("mode", "on")).content()).startsWith("Autoplay on");
            command("play", Map.of("query", watch(SEED)));
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            assertThat(pitch(voice, voice.mark(), 440)).isCloseTo(440, within(5.0));
            guild.member("alice").leaveVoice();

            Thread.sleep(Duration.ofSeconds(8)); // the song ends meanwhile
            assertThat(http.requests("/mix-" + SEED + ".xml")).isEmpty();
            assertThat(http.requests("/relatedAAAA.webm")).isEmpty();
            assertThat(sim.channelMessages(guild.textChannel()))
                    .noneMatch(m -> m.text().contains("Autoplay:"));
        }
    }
}
