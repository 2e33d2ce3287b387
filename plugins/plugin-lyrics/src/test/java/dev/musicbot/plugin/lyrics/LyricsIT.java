package dev.musicbot.plugin.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimChannel;
import dev.musicbot.testkit.SimEmbed;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.HttpRequestRecord;
import dev.musicbot.testkit.audio.Tone;
import dev.musicbot.testkit.rest.RestCall;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /lyrics end to end: the real runtime with the plugin bundled, against the Discord simulator, with a loopback
 * LRCLIB answering in LRCLIB's shapes and tones (tagged with a title and artist) playing from a loopback server.
 */
class LyricsIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern HIGHLIGHT = Pattern.compile("▶ \\*\\*(.+?)\\*\\*");

    @TempDir
    Path dir;

    private AudioHttpServer audio;
    private FakeLrclib lrclib;
    private DiscordSimulator sim;
    private SimGuild guild;
    private SimChannel general;

    @BeforeEach
    void start() {
        audio = AudioHttpServer.start();
        lrclib = new FakeLrclib();
        sim = DiscordSimulator.start();
        guild = sim.guild("Lyrics Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
        general = guild.channel("general");
    }

    @AfterEach
    void stop() {
        sim.close();
        lrclib.close();
        audio.close();
    }

    private Bot startBot() {
        // generous: the machine running the tests may be busy, and only the timeout test wants a short one
        return startBot(10);
    }

    private Bot startBot(int timeoutSeconds) {
        Bot bot = BotHarness.start(
                sim,
                dir,
                Map.of(
                        "plugins.lyrics.base-url", lrclib.baseUrl().toString(),
                        "plugins.lyrics.timeout-seconds", Integer.toString(timeoutSeconds),
                        // the tones come from 127.0.0.1
                        "sources.http.allow", "127.0.0.1"));
        sim.awaitCommand("lyrics", WAIT);
        return bot;
    }

    private void play(String title, String artist, Duration length) {
        Path file = AudioFixtures.write(
                dir, Tone.of(AudioFileFormat.MP3, 440, length).withTags(title, artist));
        String url = audio.serve("/files/" + file.getFileName(), file).toString();
        sim.slash(guild, "alice", "play", Map.of("query", url)).awaitContent(c -> c.contains(title), WAIT);
        sim.voice(guild).awaitConnected(WAIT);
    }

    private SimInteraction lyrics(Map<String, ?> options) {
        return sim.slash(guild, "alice", "lyrics", options);
    }

    private static SimEmbed embed(SimMessage message) {
        assertThat(message.embeds()).as(message.text()).hasSize(1);
        return message.embeds().getFirst();
    }

    @Test
    void theSongPlayingGetsItsLyricsMatchedByTitleArtistAndLength() {
        lrclib.add("Night Drive", "Loop Artist", 60, "Plain first line\nPlain second line", "[00:01.00]Synced line");
        try (Bot _ = startBot()) {
            assertThat(lyrics(Map.of()).awaitResponse(WAIT).text()).contains("Nothing is playing");

            play("Night Drive (Official Video)", "Loop Artist", Duration.ofSeconds(60));
            SimMessage reply = lyrics(Map.of()).awaitMessage(m -> !m.embeds().isEmpty(), WAIT);

            assertThat(reply.ephemeral()).isFalse();
            assertThat(embed(reply).title()).isEqualTo("Loop Artist – Night Drive");
            assertThat(embed(reply).description()).isEqualTo("Plain first line\nPlain second line");
            assertThat(embed(reply).footer()).isEqualTo("Page 1/1 · Lyrics from LRCLIB");
            HttpRequestRecord get = lrclib.requests("/api/get").getFirst();
            assertThat(get.query()).contains("track_name=Night+Drive", "artist_name=Loop+Artist", "duration=60");
            assertThat(get.headers().get("user-agent")).startsWith("musicbot-lyrics/");

            // asked again, the answer comes from the cache
            lyrics(Map.of()).awaitMessage(m -> !m.embeds().isEmpty(), WAIT);
            assertThat(lrclib.requests("/api/get")).hasSize(1);
        }
    }

    @Test
    void aVietnameseCallerReadsVietnamese() {
        lrclib.add("Night Drive", "Loop Artist", 60, "Plain first line\nPlain second line", null);
        try (Bot _ = startBot()) {
            JsonNode registered = sim.awaitCommand("lyrics", WAIT);
            assertThat(registered.path("name_localizations").path("vi").asText())
                    .isEqualTo("lời-bài-hát");
            assertThat(registered.path("description_localizations").path("vi").asText())
                    .isEqualTo("Xem lời của bài đang phát hoặc của một bài khác");
            guild.member("alice").useLocale("vi");

            assertThat(lyrics(Map.of()).awaitResponse(WAIT).text()).startsWith("Không có bài nào đang phát.");
            SimMessage typed = lyrics(Map.of("query", "Loop Artist - Night Drive"))
                    .awaitMessage(m -> !m.embeds().isEmpty(), WAIT);
            assertThat(embed(typed).footer()).isEqualTo("Trang 1/1 · Lời từ LRCLIB");
            assertThat(lyrics(Map.of("query", "Nobody - Nothing"))
                            .awaitResponse(WAIT)
                            .text())
                    .isEqualTo("Không tìm thấy lời của **Nobody - Nothing**.");
        }
    }

    @Test
    void typedSongsMissesFailuresAndTimeoutsGetPoliteReplies() {
        lrclib.add("Synced Only", "Loop Artist", 120, null, "[00:01.00]Only synced words\n[00:02.50]And more");
        lrclib.fail("Broken Song", 503);
        lrclib.neverAnswer("Slow Song");
        try (Bot _ = startBot(3)) {
            SimMessage synced = lyrics(Map.of("query", "Loop Artist - Synced Only"))
                    .awaitMessage(m -> !m.embeds().isEmpty(), WAIT);
            assertThat(embed(synced).description()).isEqualTo("Only synced words\nAnd more");

            SimMessage miss = lyrics(Map.of("query", "Missing Song")).awaitResponse(WAIT);
            assertThat(miss.ephemeral()).isTrue();
            assertThat(miss.text()).isEqualTo("No lyrics found for **Missing Song**.");

            SimMessage broken = lyrics(Map.of("query", "Broken Song")).awaitResponse(WAIT);
            assertThat(broken.ephemeral()).isTrue();
            assertThat(broken.text()).contains("lyrics service is not available");

            Instant asked = Instant.now();
            SimInteraction slow = lyrics(Map.of("query", "Slow Song"));
            // the reply took longer than the runtime's direct-reply budget: deferred, the public placeholder
            // deleted, then an ephemeral follow-up
            SimMessage timedOut = slow.awaitAnswer(m -> m.text().contains("did not answer"), WAIT);
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(8));
            assertThat(slow.acknowledgedAfter())
                    .hasValueSatisfying(d -> assertThat(d).isLessThan(Duration.ofSeconds(3)));
            assertThat(slow.followUps()).extracting(SimMessage::id).containsExactly(timedOut.id());
            assertThat(timedOut.ephemeral()).isTrue();
            assertThat(slow.response())
                    .as("the public placeholder is gone")
                    .hasValueSatisfying(m -> assertThat(m.deleted()).isTrue());
            assertThat(timedOut.text()).contains("did not answer in 3 s");

            SimMessage live =
                    lyrics(Map.of("query", "Synced Only", "live", true)).awaitResponse(WAIT);
            assertThat(live.ephemeral()).isTrue();
            assertThat(live.text()).contains("cannot be used with `query`");
        }
    }

    @Test
    void pageButtonsTurnThePagesOfLongLyrics() {
        String words = IntStream.rangeClosed(1, 150)
                .mapToObj(i -> "Verse line " + i + " goes on and on")
                .collect(Collectors.joining("\n"));
        long id = lrclib.add("Long Song", "Loop Artist", 400, words, null);
        try (Bot _ = startBot()) {
            SimMessage first = lyrics(Map.of("query", "Loop Artist - Long Song"))
                    .awaitMessage(m -> !m.embeds().isEmpty(), WAIT);
            assertThat(embed(first).description()).startsWith("Verse line 1 ").hasSizeLessThanOrEqualTo(2000);
            assertThat(embed(first).footer()).startsWith("Page 1/");
            assertThat(first.buttons())
                    .extracting(b -> b.customId())
                    .containsExactly("lyrics:prev:" + id + ":0", "lyrics:next:" + id + ":1");

            SimMessage second = sim.click(guild, "alice", first.id(), "lyrics:next:" + id + ":1")
                    .awaitResponse(WAIT);
            assertThat(embed(second).footer()).startsWith("Page 2/");
            String[] firstPage = embed(first).description().split("\n");
            int lastOnFirst = Integer.parseInt(firstPage[firstPage.length - 1].split(" ")[2]);
            assertThat(embed(second).description()).startsWith("Verse line " + (lastOnFirst + 1) + " ");
            assertThat(second.buttons())
                    .extracting(b -> b.customId())
                    .containsExactly("lyrics:prev:" + id + ":0", "lyrics:next:" + id + ":2");

            SimMessage back = sim.click(guild, "alice", second.id(), "lyrics:prev:" + id + ":0")
                    .awaitResponse(WAIT);
            assertThat(embed(back).footer()).startsWith("Page 1/");
            assertThat(lrclib.requests("/api/get/" + id))
                    .as("pages come from the cache")
                    .isEmpty();
        }
    }

    @Test
    void liveModeFollowsTheSongLineByLineAndStopsWhenItEnds() {
        lrclib.add(
                "Live Song",
                "Loop Artist",
                12,
                "one\ntwo\nthree\nfour",
                "[00:01.00]one\n[00:03.00]two\n[00:05.00]three\n[00:07.00]four");
        try (Bot _ = startBot()) {
            play("Live Song", "Loop Artist", Duration.ofSeconds(12));
            SimMessage ack = lyrics(Map.of("live", true)).awaitResponse(WAIT);
            assertThat(ack.ephemeral()).isTrue();
            assertThat(ack.text()).contains("Following **Loop Artist – Live Song** live");

            SimMessage view = sim.awaitChannelMessage(general, m -> m.text().contains("🎤"), WAIT);
            SimMessage ended = sim.awaitChannelMessage(
                    general,
                    m -> m.id().equals(view.id()) && m.text().contains(Messages.text(Locale.ROOT, "live.ended")),
                    WAIT);

            awaitEndedEdit(view.id());
            List<RestCall> edits = edits(view.id());
            assertThat(highlighted(edits))
                    .as(edits.stream().map(e -> e.body().toString()).collect(Collectors.joining("\n")))
                    .containsExactly("one", "two", "three", "four");
            for (int i = 1; i < edits.size(); i++) {
                assertThat(Duration.between(edits.get(i - 1).at(), edits.get(i).at()))
                        .as("edit %d follows the one before it", i)
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            }
            assertThat(edits).as("four lines, then the end").hasSize(5);
            assertThat(ended.edits()).isEqualTo(5);
            sleep(Duration.ofSeconds(2));
            assertThat(edits(view.id())).as("no edits once the song ended").hasSameSizeAs(edits);
        }
    }

    @Test
    void liveModeStopsWhenTheMessageIsDeleted() {
        lrclib.add(
                "Long Live Song",
                "Loop Artist",
                40,
                null,
                IntStream.range(0, 20)
                        .mapToObj(i -> String.format("[00:%02d.00]line %d", 1 + i * 2, i))
                        .collect(Collectors.joining("\n")));
        try (Bot _ = startBot()) {
            play("Long Live Song", "Loop Artist", Duration.ofSeconds(40));
            lyrics(Map.of("live", true)).awaitResponse(WAIT);
            SimMessage view = sim.awaitChannelMessage(general, m -> m.text().contains("▶ **line 1**"), WAIT);

            assertThat(sim.deleteMessage(view.id())).isTrue();
            sleep(Duration.ofSeconds(5));
            List<RestCall> after =
                    edits(view.id()).stream().filter(c -> c.status() == 404).toList();
            assertThat(after)
                    .as("one edit found the message gone, then the view stopped")
                    .hasSize(1);
            sleep(Duration.ofSeconds(3));
            assertThat(edits(view.id()).stream().filter(c -> c.status() == 404)).hasSize(1);
        }
    }

    @Test
    void liveModeStopsWhenPlaybackStops() {
        lrclib.add("Stopped Song", "Loop Artist", 40, "la", "[00:01.00]first words\n[00:20.00]never reached");
        try (Bot _ = startBot()) {
            play("Stopped Song", "Loop Artist", Duration.ofSeconds(40));
            lyrics(Map.of("live", true)).awaitResponse(WAIT);
            SimMessage view = sim.awaitChannelMessage(general, m -> m.text().contains("▶ **first words**"), WAIT);

            sim.slash(guild, "alice", "stop", Map.of()).awaitResponse(WAIT);
            awaitEndedEdit(view.id());
            int edits = edits(view.id()).size();
            sleep(Duration.ofSeconds(2));
            assertThat(edits(view.id())).as("no edits once playback stopped").hasSize(edits);
        }
    }

    /** The simulator records a call after answering it: wait for the record of the last edit, not its effect. */
    private void awaitEndedEdit(String messageId) {
        sim.awaitRestCall(
                c -> c.method().equals("PATCH")
                        && c.path().endsWith("/messages/" + messageId)
                        && c.body().toString().contains(Messages.text(Locale.ROOT, "live.ended")),
                WAIT);
    }

    private List<RestCall> edits(String messageId) {
        return sim.restCalls(c -> c.method().equals("PATCH") && c.path().endsWith("/messages/" + messageId));
    }

    private static List<String> highlighted(List<RestCall> edits) {
        List<String> lines = new ArrayList<>();
        for (RestCall edit : edits) {
            Matcher line = HIGHLIGHT.matcher(
                    edit.body().path("embeds").path(0).path("description").asText());
            if (line.find()) {
                lines.add(line.group(1));
            }
        }
        return lines;
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
