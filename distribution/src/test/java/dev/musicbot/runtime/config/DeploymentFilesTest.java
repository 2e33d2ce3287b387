package dev.musicbot.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container files agree with the bot: every variable that {@code env.example}, {@code docker-compose.yml}
 * and the {@code Dockerfile} name is one the bot reads (a configuration key, found by the runtime's own key
 * lookup, or a variable bin/musicbot documents), {@code env.example} documents every setting, and the compose
 * file keeps the original deployment's limits, health check timings, volumes and network.
 */
class DeploymentFilesTest {
    private static KnownSettings settings;
    private static Set<String> launcherVariables;
    private static JsonNode service;

    @BeforeAll
    static void readTheBotsSettings(@TempDir Path scratch) throws IOException {
        settings = KnownSettings.load(scratch);
        launcherVariables = DeploymentFiles.launcherVariables();
        service = DeploymentFiles.compose().path("services").path("musicbot");
    }

    @Test
    void envExampleNamesOnlyVariablesTheBotReads() throws IOException {
        assertThat(unknown(DeploymentFiles.envExample().keySet()))
                .as("variables in env.example that no setting or bin/musicbot reads")
                .isEmpty();
    }

    @Test
    void envExampleDocumentsEverySetting() throws IOException {
        Set<String> undocumented = new TreeSet<>(settings.keys());
        DeploymentFiles.envExample().keySet().forEach(variable -> undocumented.removeAll(settings.keysSetBy(variable)));

        assertThat(undocumented)
                .as("settings without their variable in env.example")
                .isEmpty();
    }

    @Test
    void envExampleLeavesTheTokenEmptyAndKeepsTheOriginalsVariables() throws IOException {
        Map<String, String> variables = DeploymentFiles.envExample();

        assertThat(variables).containsEntry("BOT_TOKEN", "").containsKey("STAY_CONNECTED_24_7");
        assertThat(settings.keysSetBy("BOT_TOKEN")).containsExactly("discord.token");
        assertThat(settings.keysSetBy("STAY_CONNECTED_24_7")).containsExactly("playback.stay-connected-24-7");
    }

    @Test
    void composePassesOnlyVariablesTheBotReads() throws IOException {
        Set<String> variables = DeploymentFiles.composeVariables(service);

        assertThat(variables).contains("MUSICBOT_DATA_DIR", "MUSICBOT_LOGS_DIR", "MUSICBOT_JAVA_OPTS");
        assertThat(unknown(variables))
                .as("variables in docker-compose.yml that no setting or bin/musicbot reads")
                .isEmpty();
    }

    @Test
    void dockerfileSetsOnlyVariablesTheBotReads() throws IOException {
        Set<String> musicbotVariables =
                new TreeSet<>(DeploymentFiles.dockerfileEnv().keySet());
        musicbotVariables.removeIf(name -> !name.startsWith("MUSICBOT_"));

        assertThat(musicbotVariables).contains("MUSICBOT_PLUGINS_DIR");
        assertThat(unknown(musicbotVariables))
                .as("MUSICBOT_ variables the image sets that the bot does not read")
                .isEmpty();
    }

    @Test
    void composeMountsTheDirectoriesItPointsTheBotAt() {
        Map<String, String> environment = DeploymentFiles.composeEnvironment(service);
        Set<String> mounts = new TreeSet<>();
        service.path("volumes").forEach(volume -> mounts.add(volume.asText()));

        assertThat(service.path("env_file").asText()).isEqualTo(".env");
        assertThat(mounts)
                .contains(
                        "./data:" + environment.get("MUSICBOT_DATA_DIR"),
                        "./logs:" + environment.get("MUSICBOT_LOGS_DIR"));
        assertThat(environment.get("MUSICBOT_DATA_DIR")).isEqualTo("/app/data");
        assertThat(environment.get("MUSICBOT_LOGS_DIR")).isEqualTo("/app/logs");
    }

    @Test
    void composeKeepsTheOriginalsLimitsRestartPolicyAndNetwork() throws IOException {
        JsonNode resources = service.path("deploy").path("resources");

        assertThat(resources.path("limits").path("memory").asText()).isEqualTo("512M");
        assertThat(resources.path("limits").path("cpus").asText()).isEqualTo("1.0");
        assertThat(resources.path("reservations").path("memory").asText()).isEqualTo("256M");
        assertThat(resources.path("reservations").path("cpus").asText()).isEqualTo("0.5");
        assertThat(service.path("restart").asText()).isEqualTo("unless-stopped");
        assertThat(service.path("networks").get(0).asText()).isEqualTo("bot-network");
        assertThat(DeploymentFiles.compose()
                        .path("networks")
                        .path("bot-network")
                        .path("driver")
                        .asText())
                .isEqualTo("bridge");
    }

    @Test
    void composeAndDockerfileShareTheHealthCheckTimings() throws IOException {
        JsonNode healthcheck = service.path("healthcheck");

        assertThat(healthcheck.path("test").toString()).contains("musicbot-healthcheck");
        assertThat(healthcheck.path("interval").asText()).isEqualTo("60s");
        assertThat(healthcheck.path("timeout").asText()).isEqualTo("15s");
        assertThat(healthcheck.path("retries").asInt()).isEqualTo(3);
        assertThat(healthcheck.path("start_period").asText()).isEqualTo("45s");
        assertThat(DeploymentFiles.dockerfileHealthcheck())
                .contains("--interval=60s", "--timeout=15s", "--start-period=45s", "--retries=3")
                .contains("musicbot-healthcheck");
    }

    private static Set<String> unknown(Collection<String> variables) {
        Set<String> unknown = new TreeSet<>();
        for (String variable : variables) {
            boolean setting = !settings.keysSetBy(variable).isEmpty();
            if (!setting && !launcherVariables.contains(variable)) {
                unknown.add(variable);
            }
        }
        return unknown;
    }
}
