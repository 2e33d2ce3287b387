package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimComponent;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vietnamese and English end to end: the registration payload carries Vietnamese names and descriptions, a reply
 * follows the caller's Discord language (English for one the bot does not speak), and the channel's now-playing
 * card follows the server's language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild guild;
    private Bot bot;

    @BeforeAll
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("Cộng đồng")
                .locale("vi")
                .textChannel("chung")
                .voiceChannel("Nhạc")
                .member("lan")
                .member("ann")
                .member("jean")
                .member("bao")
                .voiceState("lan", "Nhạc")
                .create();
        guild.member("lan").useLocale("vi");
        guild.member("ann").useLocale("en-US");
        guild.member("jean").useLocale("fr");
        guild.member("bao").useLocale("en-GB");
        bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"));
        sim.awaitCommand("history", WAIT);
    }

    @AfterAll
    void stop() {
        bot.close();
        sim.close();
        http.close();
    }

    @Test
    void theRegistrationCarriesVietnameseForCommandsOptionsAndChoices() {
        JsonNode play = sim.awaitCommand("play", WAIT);
        assertThat(play.path("description").asText()).isEqualTo("Play a song or add it to the queue");
        assertThat(play.path("name_localizations").path("vi").asText()).isEqualTo("phát");
        assertThat(play.path("description_localizations").path("vi").asText())
                .isEqualTo("Phát một bài hát hoặc thêm vào hàng chờ");
        JsonNode position = option(play, "position");
        assertThat(position.path("name_localizations").path("vi").asText()).isEqualTo("vị-trí");
        assertThat(position.path("description_localizations").path("vi").asText())
                .startsWith("Thêm vào đâu");
        JsonNode next = StreamSupport.stream(position.path("choices").spliterator(), false)
                .filter(c -> c.path("value").asText().equals("next"))
                .findFirst()
                .orElseThrow();
        assertThat(next.path("name").asText()).isEqualTo("next");
        assertThat(next.path("name_localizations").path("vi").asText()).isEqualTo("tiếp theo");

        JsonNode filter = sim.awaitCommand("filter", WAIT);
        JsonNode bass = StreamSupport.stream(
                        option(filter, "preset").path("choices").spliterator(), false)
                .filter(c -> c.path("value").asText().equals("bassboost"))
                .findFirst()
                .orElseThrow();
        assertThat(bass.path("name").asText()).isEqualTo("bass boost");
        assertThat(bass.path("name_localizations").path("vi").asText()).isEqualTo("tăng bass");
        java.util.List<JsonNode> registered = new java.util.ArrayList<>(sim.commands());
        registered.addAll(sim.commands(guild));
        assertThat(registered).hasSizeGreaterThan(20);
        for (JsonNode command : registered) {
            assertThat(command.path("description_localizations").path("vi").asText())
                    .as("/%s in Vietnamese", command.path("name").asText())
                    .isNotBlank();
        }
    }

    @Test
    void repliesFollowTheCallersLanguage() {
        guild.member("ann").useLocale("vi");
        assertThat(reply("ann", "join").content()).isEqualTo("Bạn hãy vào một kênh thoại trước rồi thử lại nhé.");
        guild.member("ann").useLocale("en-US");
        assertThat(reply("ann", "join").content()).isEqualTo("Join a voice channel first, then try again.");
        assertThat(reply("jean", "join").content()).isEqualTo("Join a voice channel first, then try again.");
        assertThat(reply("lan", "ping").content()).startsWith("Pong! musicbot ").endsWith(" đang chạy.");
        assertThat(reply("jean", "ping").content()).endsWith(" is running.");
    }

    @Test
    void theCardInTheChannelSpeaksTheServersLanguageAndTheButtonsTheClickers() {
        Path file = AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(60));
        URI tone = http.serve("/" + file.getFileName(), file);
        guild.member("bao").joinVoice("Nhạc");
        try {
            cardAndButtons(tone);
        } finally {
            guild.member("bao").leaveVoice(); // the next tests expect lan alone in voice, so a DJ
        }
        assertThat(sim.slash(guild, "lan", "stop", Map.of())
                        .awaitContent(c -> c.startsWith("Đã dừng"), WAIT)
                        .content())
                .startsWith("Đã dừng");
    }

    private void cardAndButtons(URI tone) {
        SimMessage played = sim.slash(guild, "bao", "play", Map.of("query", tone.toString()))
                .awaitContent(c -> !c.startsWith("Looking up"), WAIT);
        assertThat(played.content()).startsWith("Now playing: ");
        SimMessage card = sim.awaitChannelMessage(
                guild.textChannel(),
                m -> !m.embeds().isEmpty() && m.embeds().getFirst().title().startsWith("Đang phát: "),
                WAIT);
        assertThat(card.buttons()).extracting(SimComponent::label).contains("Tạm dừng", "Bỏ qua", "Dừng");
        // the card comes when the song starts, which can be before the voice connection is up
        sim.voice(guild).awaitConnected(WAIT);
        // a reply deferred on a busy machine is empty until it is edited: wait for the card itself
        SimMessage english = sim.slash(guild, "bao", "nowplaying", Map.of())
                .awaitMessage(m -> !m.embeds().isEmpty(), WAIT);
        assertThat(english.embeds().getFirst().title()).startsWith("Now playing: ");
        assertThat(english.buttons()).extracting(SimComponent::label).contains("Pause", "Skip", "Stop");
        SimMessage paused = sim.click(guild, "lan", card.id(), "nowplaying:toggle")
                .awaitMessage(m -> !m.embeds().isEmpty(), WAIT);
        assertThat(paused.embeds().getFirst().title()).startsWith("Tạm dừng: ");
    }

    @Test
    void refusalsAutoplayAndFavouritesAnswerInTheCallersLanguage() {
        assertThat(sim.slash(guild, "lan", "play", Map.of("query", "\u00a0\u200b"))
                        .awaitResponse(WAIT)
                        .content())
                .isEqualTo("Nội dung này chỉ toàn dấu cách. Hãy cho mình một liên kết hoặc từ khóa cần tìm.");
        assertThat(sim.slash(guild, "lan", "autoplay", Map.of("mode", "on"))
                        .awaitResponse(WAIT)
                        .content())
                .isEqualTo("Đã bật tự phát: khi hàng chờ hết, mình sẽ phát tiếp các bài liên quan.");
        assertThat(sim.slash(guild, "lan", "autoplay", Map.of("mode", "off"))
                        .awaitResponse(WAIT)
                        .content())
                .isEqualTo("Đã tắt tự phát: mình sẽ dừng khi hàng chờ hết.");
        assertThat(reply("lan", "favourites").content())
                .as("no playlist store is installed in this bot")
                .isEqualTo("Tính năng yêu thích cần plugin danh sách phát, mà bot này chưa cài plugin đó.");
        assertThat(reply("jean", "favourites").content())
                .isEqualTo("Favourites need the playlists plugin, which isn't installed on this bot.");
        JsonNode autoplay = sim.awaitCommand("autoplay", WAIT);
        assertThat(autoplay.path("name_localizations").path("vi").asText()).isEqualTo("tự-phát");
        assertThat(sim.awaitCommand("favourites", WAIT)
                        .path("name_localizations")
                        .path("vi")
                        .asText())
                .isEqualTo("yêu-thích");
    }

    private SimMessage reply(String member, String command) {
        return sim.slash(guild, member, command, Map.of()).awaitResponse(WAIT);
    }

    private static JsonNode option(JsonNode command, String name) {
        return StreamSupport.stream(command.path("options").spliterator(), false)
                .filter(o -> o.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
