package dev.musicbot.plugin.playlists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimAttachment;
import dev.musicbot.testkit.SimFile;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.rest.RestCall;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /export and /import end to end: the file the bot attaches, read back through an upload, and bad files. */
class PlaylistExportIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild guild;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("Export Guild")
                .textChannel("general")
                .member("alice")
                .member("bob")
                .create();
    }

    @AfterEach
    void stop() {
        sim.close();
        http.close();
    }

    private Bot startBot() {
        Bot bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"));
        sim.awaitCommand("import", WAIT);
        return bot;
    }

    private SimMessage reply(String member, String command, Map<String, ?> options) {
        return sim.slash(guild, member, command, options).awaitResponse(WAIT);
    }

    private URI tone(int hz) {
        Path file = AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, hz, Duration.ofSeconds(3));
        return http.serve("/" + file.getFileName(), file);
    }

    private SimAttachment export(String playlist, String fileName) {
        SimMessage exported = reply("alice", "export", Map.of("playlist", playlist));
        assertThat(exported.ephemeral()).isFalse();
        return exported.attachment(fileName).orElseThrow();
    }

    @Test
    void anExportImportsAsACopyWithTheSameSongsInOrder() throws IOException {
        try (Bot bot = startBot()) {
            assertThat(bot).isNotNull();
            reply("alice", "create", Map.of("name", "Road Mix"));
            for (int hz : new int[] {660, 440, 550}) {
                reply("alice", "addto", Map.of("playlist", "Road Mix", "song", tone(hz).toString()));
            }
            SimAttachment file = export("Road Mix", "Road_Mix.json");
            JsonNode original = JSON.readTree(file.content());
            assertThat(original.path("schemaVersion").asInt()).isEqualTo(1);
            assertThat(original.path("playlist").path("entries").findValuesAsText("title"))
                    .containsExactly(
                            "tone-660hz-3000ms-a50.ogg", "tone-440hz-3000ms-a50.ogg", "tone-550hz-3000ms-a50.ogg");

            SimFile upload = new SimFile("Road_Mix.json", "application/json; charset=utf-8", file.content());
            SimMessage imported = reply("bob", "import", Map.of("file", upload, "name", "Bob's copy"));
            assertThat(imported.content()).isEqualTo("Imported **Bob's copy** with 3 songs. Make it active with /use.");

            JsonNode copy =
                    JSON.readTree(export("Bob's copy", "Bob_s_copy.json").content());
            assertThat(copy.path("playlist").path("entries"))
                    .isEqualTo(original.path("playlist").path("entries"));
            assertThat(copy.path("playlist").path("owner").asText())
                    .isEqualTo(guild.member("bob").id());

            SimMessage clash = reply("bob", "import", Map.of("file", upload));
            assertThat(clash.ephemeral()).isTrue();
            assertThat(clash.content())
                    .isEqualTo("A playlist called **Road Mix** already exists. Try /import again with a different"
                            + " name, for example **Road Mix (2)**.");
        }
    }

    @Test
    void badFilesGetAPoliteEphemeralReplyAndSaveNothing() {
        try (Bot bot = startBot()) {
            assertThat(bot).isNotNull();
            SimMessage notJson =
                    reply("alice", "import", Map.of("file", new SimFile("notes.txt", "text/plain", new byte[] {'h'})));
            assertThat(notJson.ephemeral()).isTrue();
            assertThat(notJson.content()).startsWith("That file doesn't look like JSON.");

            SimMessage broken =
                    reply("alice", "import", Map.of("file", SimFile.json("mix.json", "{\"schemaVersion\":1,")));
            assertThat(broken.ephemeral()).isTrue();
            assertThat(broken.content())
                    .startsWith("That file isn't a playlist export I can read: it is not valid JSON");

            String wrongShape = "{\"schemaVersion\":1,\"kind\":\"musicbot-playlist\",\"playlist\":{\"name\":\"*x*\","
                    + "\"owner\":\"1\",\"entries\":[{\"query\":5}]}}";
            assertThat(reply("alice", "import", Map.of("file", SimFile.json("x.json", wrongShape)))
                            .content())
                    .isEqualTo("That file isn't a playlist export I can read:"
                            + " playlist.entries\\[0\\].query is missing or not text.");

            SimFile huge = new SimFile("big.json", "application/json", new byte[300 * 1024]);
            assertThat(reply("alice", "import", Map.of("file", huge)).content())
                    .isEqualTo("That file is too large: playlist files can be at most 256 KB.");

            String hostileName =
                    "{\"schemaVersion\":1,\"kind\":\"musicbot-playlist\",\"playlist\":{\"name\":\"a\\u0007b\","
                            + "\"owner\":\"1\",\"entries\":[]}}";
            assertThat(reply("alice", "import", Map.of("file", SimFile.json("h.json", hostileName)))
                            .content())
                    .isEqualTo("Playlist names can't contain control characters.");

            assertThat(reply("alice", "playlists", Map.of()).content()).startsWith("This server has no playlists");
        }
    }

    private static SimFile exportOf(String... queries) {
        StringBuilder entries = new StringBuilder();
        for (String query : queries) {
            entries.append(entries.isEmpty() ? "" : ",")
                    .append("{\"query\":\"")
                    .append(query)
                    .append("\",\"title\":\"t\",\"author\":\"\",\"lengthMillis\":1000}");
        }
        return SimFile.json(
                "mix.json",
                "{\"schemaVersion\":1,\"kind\":\"musicbot-playlist\",\"playlist\":{\"name\":\"Mix\","
                        + "\"owner\":\"1\",\"entries\":[" + entries + "]}}");
    }

    @Test
    void importedSongsAreCheckedLikeTypedLinksAndAnEngineIdentifierIsNotTrusted() {
        String fine = tone(440).toString();
        try (AudioHttpServer canary = AudioHttpServer.startOn("127.0.0.2");
                Bot bot = startBot()) {
            assertThat(bot).isNotNull();
            String privateLink = canary.url("/secret.ogg").toString();

            SimMessage engineIdentifier =
                    reply("alice", "import", Map.of("file", exportOf(fine, "youtube:http://127.0.0.1:8080/")));
            assertThat(engineIdentifier.ephemeral()).isTrue();
            assertThat(engineIdentifier.content())
                    .isEqualTo("Song 2 of that file (`youtube:http://127.0.0.1:8080/`) isn't a youtube link I know,"
                            + " so I didn't import it.");

            SimMessage blocked = reply("alice", "import", Map.of("file", exportOf("words", privateLink)));
            assertThat(blocked.content())
                    .isEqualTo("Song 2 of that file (`" + privateLink + "`) points to a private or local network"
                            + " address, so I didn't import it.");

            SimMessage local = reply("alice", "import", Map.of("file", exportOf("local:/etc/passwd", fine)));
            assertThat(local.content()).isEqualTo("Imported **Mix** with 2 songs. Make it active with /use.");
            assertThat(canary.requests()).isEmpty();
        }
    }

    @Test
    void aPlaylistNamedLikeAMentionIsEchoedEscapedAndPingsNobody() {
        try (Bot bot = startBot()) {
            assertThat(bot).isNotNull();
            SimMessage created = reply("alice", "create", Map.of("name", "@everyone <@&123>"));
            assertThat(created.content())
                    .isEqualTo(
                            "Created playlist **\\@everyone \\<\\@&123\\>**. Make it active with /use, then /add songs.");
            // The simulator shows the reply before it records the REST call that carried it: wait for the call.
            JsonNode sent = payload(sim.awaitRestCall(
                    call -> payload(call).path("content").asText().startsWith("Created playlist"),
                    Duration.ofSeconds(10)));
            assertThat(sent.path("allowed_mentions").path("parse").isArray()).isTrue();
            assertThat(sent.path("allowed_mentions").path("parse")).isEmpty();
        }
    }

    private static JsonNode payload(RestCall call) {
        return call.body().has("data") ? call.body().path("data") : call.body();
    }
}
