package dev.musicbot.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files that run the bot as several processes (docker-compose.shards.yml, deploy/k8s/) agree with the bot:
 * every variable they set is a setting the bot reads (or the pod-range variables the manifests use themselves),
 * the shard ranges cover 0 to total-1 exactly once, the probes ask the health endpoint where the bot listens, and
 * the token and the PostgreSQL connection come from the Secret.
 */
class ScaledDeploymentFilesTest {
    private static final Path COMPOSE = DeploymentFiles.REPOSITORY.resolve("docker-compose.shards.yml");
    private static final Path K8S = DeploymentFiles.REPOSITORY.resolve("deploy/k8s/musicbot.yaml");
    private static final Path SECRET = DeploymentFiles.REPOSITORY.resolve("deploy/k8s/secret.example.yaml");
    /** Set by the manifests for their own entrypoint, not read by the bot. */
    private static final Set<String> POD_VARIABLES = Set.of("POD_INDEX", DeploymentShards.PER_POD_VARIABLE);

    private static KnownSettings settings;
    private static Set<String> launcherVariables;

    @BeforeAll
    static void readTheBotsSettings(@TempDir Path scratch) throws IOException {
        settings = KnownSettings.load(scratch);
        launcherVariables = DeploymentFiles.launcherVariables();
    }

    @Test
    void composeRunsPostgresAndBotProcessesWhoseRangesCoverEveryShardOnce() throws IOException {
        assertThat(DeploymentShards.check(COMPOSE)).isEmpty();
        JsonNode services = read(COMPOSE).getFirst().path("services");
        assertThat(services.path("db").path("image").asText()).startsWith("postgres:");
        List<String> bots = new ArrayList<>();
        services.properties().forEach(entry -> {
            Map<String, String> env = DeploymentFiles.composeEnvironment(entry.getValue());
            if (env.containsKey("MUSICBOT_DISCORD_SHARDS_TOTAL")) {
                bots.add(entry.getKey());
                assertThat(unknown(env.keySet()))
                        .as(entry.getKey() + "'s unknown variables")
                        .isEmpty();
                assertThat(env)
                        .containsEntry("MUSICBOT_STORAGE_PLAYLISTS", "postgres")
                        .containsEntry("MUSICBOT_PLUGINS_PLAYLISTS_JDBC_URL", "jdbc:postgresql://db:5432/musicbot");
                assertThat(entry.getValue().path("healthcheck").path("test").toString())
                        .contains("musicbot-healthcheck");
            }
        });
        assertThat(bots).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theStatefulSetPicksEachPodsRangeByOrdinalAndCoversEveryShardOnce() throws IOException {
        assertThat(DeploymentShards.check(K8S)).isEmpty();
        JsonNode set = kind(read(K8S), "StatefulSet");
        JsonNode container = set.path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        Map<String, JsonNode> env = new java.util.LinkedHashMap<>();
        container.path("env").forEach(v -> env.put(v.path("name").asText(), v));

        Set<String> names = new TreeSet<>(env.keySet());
        names.removeAll(POD_VARIABLES);
        assertThat(unknown(names)).isEmpty();
        assertThat(env.get("POD_INDEX")
                        .path("valueFrom")
                        .path("fieldRef")
                        .path("fieldPath")
                        .asText())
                .isEqualTo("metadata.labels['apps.kubernetes.io/pod-index']");
        assertThat(container.path("command").toString())
                .contains("MUSICBOT_DISCORD_SHARDS_IDS=", "POD_INDEX * MUSICBOT_SHARDS_PER_POD", "exec musicbot run");
        int replicas = set.path("spec").path("replicas").asInt();
        int perPod = env.get("MUSICBOT_SHARDS_PER_POD").path("value").asInt();
        assertThat(replicas * perPod)
                .isEqualTo(
                        env.get("MUSICBOT_DISCORD_SHARDS_TOTAL").path("value").asInt());
    }

    @Test
    void theProbesAskTheHealthEndpointWhereTheBotListens() throws IOException {
        JsonNode container = kind(read(K8S), "StatefulSet")
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        Map<String, String> env = new java.util.HashMap<>();
        container
                .path("env")
                .forEach(v -> env.put(v.path("name").asText(), v.path("value").asText()));
        assertThat(env).containsEntry("MUSICBOT_HEALTH_HOST", "0.0.0.0");
        int port = Integer.parseInt(env.get("MUSICBOT_HEALTH_PORT"));
        assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(port);
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/health/ready");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/health/live");
        assertThat(container.path("readinessProbe").path("httpGet").path("port").asText())
                .isEqualTo(container.path("ports").get(0).path("name").asText());
    }

    @Test
    void theTokenAndThePostgresConnectionComeFromTheSecret() throws IOException {
        JsonNode secret = kind(read(SECRET), "Secret");
        JsonNode container = kind(read(K8S), "StatefulSet")
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        assertThat(container
                        .path("envFrom")
                        .get(0)
                        .path("secretRef")
                        .path("name")
                        .asText())
                .isEqualTo(secret.path("metadata").path("name").asText());
        Set<String> keys = new TreeSet<>();
        secret.path("stringData").fieldNames().forEachRemaining(keys::add);
        assertThat(keys)
                .contains(
                        "BOT_TOKEN",
                        "MUSICBOT_PLUGINS_PLAYLISTS_JDBC_URL",
                        "MUSICBOT_PLUGINS_PLAYLISTS_JDBC_USER",
                        "MUSICBOT_PLUGINS_PLAYLISTS_JDBC_PASSWORD");
        assertThat(unknown(keys)).isEmpty();
        assertThat(secret.path("stringData").path("BOT_TOKEN").asText())
                .as("no token in the example")
                .isEmpty();
    }

    private static JsonNode kind(List<JsonNode> documents, String kind) {
        return documents.stream()
                .filter(d -> d.path("kind").asText().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it =
                new YAMLMapper().readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                documents.add(it.nextValue());
            }
        }
        return documents;
    }

    private static Set<String> unknown(Set<String> variables) {
        Set<String> unknown = new TreeSet<>();
        for (String variable : variables) {
            if (settings.keysSetBy(variable).isEmpty() && !launcherVariables.contains(variable)) {
                unknown.add(variable);
            }
        }
        return unknown;
    }
}
