package dev.musicbot.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.runtime.platform.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private LoadedConfig load(
            String yaml, Map<String, String> env, String dotEnv, Map<String, String> cli, boolean requireToken)
            throws Exception {
        Path file = dir.resolve("musicbot.yml");
        Files.writeString(file, yaml);
        Path envFile = dir.resolve(".env");
        Files.writeString(envFile, dotEnv);
        return ConfigLoader.load(
                new ConfigLoader.Request(Optional.of(file), Optional.empty(), envFile, cli, env), requireToken);
    }

    @Test
    void defaultsApplyWithNothingSet() throws Exception {
        BotConfig config = load("", Map.of(), "", Map.of(), false).config();
        assertThat(config.discord().restUrl()).isEqualTo("https://discord.com/api/v10/");
        assertThat(config.data().dir()).isEqualTo(Path.of("./data"));
        assertThat(config.logs().dir()).isEqualTo(Path.of("./logs"));
        assertThat(config.sources().http().allow()).isEmpty();
        assertThat(config.voice().dave())
                .as("Discord refuses voice without DAVE")
                .isEqualTo(BotConfig.DaveMode.REQUIRED);
        assertThat(config.playback().stayConnected247()).isFalse();
    }

    @Test
    void precedenceIsCommandLineThenEnvironmentThenDotEnvThenFileThenProfile() throws Exception {
        String yaml = "tuning:\n  workers: 5\n  cache-size: 7\n  buffer-ms: 900\n  opus-quality: 3\n";
        Map<String, String> env = Map.of("MUSICBOT_TUNING_WORKERS", "6", "MUSICBOT_TUNING_CACHE_SIZE", "8");
        String dotEnv = "MUSICBOT_TUNING_WORKERS=9\nMUSICBOT_TUNING_CACHE_SIZE=9\nMUSICBOT_TUNING_BUFFER_MS=901\n";
        Map<String, String> cli = Map.of("tuning.workers", "7", "platform", "armv7");
        LoadedConfig loaded = load(yaml, env, dotEnv, cli, false);
        BotConfig.Tuning tuning = loaded.config().tuning();
        assertThat(tuning.workers()).isEqualTo(7); // command line
        assertThat(tuning.cacheSize()).isEqualTo(8); // environment beats .env and file
        assertThat(tuning.bufferMs()).isEqualTo(901); // .env beats file
        assertThat(tuning.opusQuality()).isEqualTo(3); // file beats profile
        assertThat(tuning.resamplingQuality()).isEqualTo(BotConfig.ResamplingQuality.LOW); // armv7 profile
        assertThat(loaded.profile().platform()).isEqualTo(Platform.ARMV7);
    }

    @Test
    void everyKeyHasAnEnvironmentVariable() throws Exception {
        Map<String, String> env = Map.of(
                "MUSICBOT_SOURCES_HTTP_ALLOW", "127.0.0.1, media.lan",
                "MUSICBOT_DATA_DIR", "/srv/bot/data",
                "MUSICBOT_LOGS_DIR", "/srv/bot/logs",
                "MUSICBOT_VOICE_DAVE", "required",
                "MUSICBOT_DISCORD_COMMAND_GUILDS", "400000000000000001");
        BotConfig config = load("", env, "", Map.of(), false).config();
        assertThat(config.sources().http().allow()).containsExactly("127.0.0.1", "media.lan");
        assertThat(config.data().dir()).isEqualTo(Path.of("/srv/bot/data"));
        assertThat(config.logs().dir()).isEqualTo(Path.of("/srv/bot/logs"));
        assertThat(config.voice().dave()).isEqualTo(BotConfig.DaveMode.REQUIRED);
        assertThat(config.discord().commandGuilds()).containsExactly("400000000000000001");
    }

    @Test
    void seedVariableNamesStillWork() throws Exception {
        BotConfig config = load("", Map.of(), "BOT_TOKEN=abc.def\nSTAY_CONNECTED_24_7=true\n", Map.of(), true)
                .config();
        assertThat(config.discord().token().reveal()).isEqualTo("abc.def");
        assertThat(config.playback().stayConnected247()).isTrue();
    }

    @Test
    void prefixedVariableBeatsSeedAlias() throws Exception {
        BotConfig config = load("", Map.of("BOT_TOKEN", "old", "MUSICBOT_DISCORD_TOKEN", "new"), "", Map.of(), true)
                .config();
        assertThat(config.discord().token().reveal()).isEqualTo("new");
    }

    @Test
    void missingTokenIsReportedOnlyWhenRequired() throws Exception {
        assertThat(load("", Map.of(), "", Map.of(), false).config().discord().token())
                .isNull();
        assertThatThrownBy(() -> load("", Map.of(), "", Map.of(), true))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("discord.token: is required: set BOT_TOKEN");
    }

    @Test
    void daveIsPreferredOrRequiredAndAutoStillMeansPreferred() throws Exception {
        assertThat(load("voice:\n  dave: preferred\n", Map.of(), "", Map.of(), false)
                        .config()
                        .voice()
                        .dave())
                .isEqualTo(BotConfig.DaveMode.PREFERRED);
        assertThat(load("voice:\n  dave: auto\n", Map.of(), "", Map.of(), false)
                        .config()
                        .voice()
                        .dave())
                .as("the former name")
                .isEqualTo(BotConfig.DaveMode.PREFERRED);
        assertThat(load("", Map.of("MUSICBOT_VOICE_DAVE", "required"), "", Map.of(), false)
                        .config()
                        .voice()
                        .dave())
                .isEqualTo(BotConfig.DaveMode.REQUIRED);
    }

    @Test
    void problemsNameTheKey() {
        assertThatThrownBy(() -> load("tuning:\n  workers: lots\n", Map.of(), "", Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .containsExactly(
                                new ConfigException.ConfigProblem("tuning.workers", "'lots' is not a whole number")));
        assertThatThrownBy(() -> load("voice:\n  dave: maybe\n", Map.of(), "", Map.of(), false))
                .hasMessageContaining("voice.dave: 'maybe' is not one of: preferred, required");
        assertThatThrownBy(() -> load("sources:\n  htp:\n    allow: []\n", Map.of(), "", Map.of(), false))
                .hasMessageContaining("sources.htp: unknown key");
        assertThatThrownBy(() -> load("", Map.of(), "", Map.of("tuning.wrokers", "3"), false))
                .hasMessageContaining("tuning.wrokers: unknown key given with --set");
    }

    @Test
    void validationCollectsEveryProblem() {
        assertThatThrownBy(() -> load(
                        "tuning:\n  opus-quality: 11\ndiscord:\n  rest-url: ftp://x\n", Map.of(), "", Map.of(), true))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .extracting(ConfigException.ConfigProblem::key)
                        .containsExactlyInAnyOrder("discord.token", "discord.rest-url", "tuning.opus-quality"));
    }

    @Test
    void secretsAreMaskedInPrintedConfiguration() throws Exception {
        String yaml = "plugins:\n  spotify:\n    client-id: visible-id\n    client-secret: hidden-secret\n";
        LoadedConfig loaded = load(yaml, Map.of("BOT_TOKEN", "super-secret-token"), "", Map.of(), true);
        String printed = loaded.toMaskedYaml();
        assertThat(printed).doesNotContain("super-secret-token").doesNotContain("hidden-secret");
        assertThat(printed).contains("visible-id").contains(Secret.MASK);
        assertThat(loaded.config().discord().token().toString()).isEqualTo(Secret.MASK);
    }

    record SpotifyConfig(String clientId, String clientSecret, int playlistLimit, List<String> markets) {}

    @Test
    void pluginSectionsBindWithTheirOwnEnvironmentOverrides() throws Exception {
        String yaml = "plugins:\n  spotify:\n    client-id: from-file\n    playlist-limit: 50\n";
        Map<String, String> env = Map.of(
                "MUSICBOT_PLUGINS_SPOTIFY_CLIENT_SECRET", "from-env", "MUSICBOT_PLUGINS_SPOTIFY_MARKETS", "US,DE");
        LoadedConfig loaded = load(yaml, env, "", Map.of("plugins.spotify.playlist-limit", "75"), false);
        SpotifyConfig spotify = loaded.pluginConfig("spotify", SpotifyConfig.class);
        assertThat(spotify).isEqualTo(new SpotifyConfig("from-file", "from-env", 75, List.of("US", "DE")));
        assertThatThrownBy(() -> loaded.pluginConfig("spotify", WrongShape.class))
                .hasMessageContaining("plugins.spotify.client-id: unknown key");
    }

    record WrongShape(int other) {}

    record SpotifyCredentials(String clientId, String clientSecret) {}

    @Test
    void spotifysCustomaryVariablesSetItsCredentialsFromTheEnvironmentOrDotEnv() throws Exception {
        LoadedConfig fromDotEnv = load(
                "", Map.of(), "SPOTIFY_CLIENT_ID=dotenv-id\nSPOTIFY_CLIENT_SECRET=dotenv-secret\n", Map.of(), false);
        assertThat(fromDotEnv.pluginConfig("spotify", SpotifyCredentials.class))
                .isEqualTo(new SpotifyCredentials("dotenv-id", "dotenv-secret"));

        Map<String, String> env =
                Map.of("SPOTIFY_CLIENT_ID", "env-id", "MUSICBOT_PLUGINS_SPOTIFY_CLIENT_SECRET", "env-secret");
        LoadedConfig fromEnv = load("", env, "SPOTIFY_CLIENT_SECRET=dotenv-secret\n", Map.of(), false);
        assertThat(fromEnv.pluginConfig("spotify", SpotifyCredentials.class))
                .isEqualTo(new SpotifyCredentials("env-id", "env-secret"));
    }

    @Test
    void explicitConfigFileMustExist() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        new ConfigLoader.Request(
                                Optional.of(dir.resolve("nope.yml")),
                                Optional.empty(),
                                dir.resolve(".env"),
                                Map.of(),
                                Map.of()),
                        false))
                .hasMessageContaining("--config: file not found");
    }
}
