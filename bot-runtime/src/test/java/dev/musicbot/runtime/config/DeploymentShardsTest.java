package dev.musicbot.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.config.ConfigException.ConfigProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shard ranges of a deployment file: one total, each shard run exactly once, problems named by place. */
class DeploymentShardsTest {
    @TempDir
    Path dir;

    @Test
    void composeServicesThatSplitTheShardsFit() throws IOException {
        assertThat(DeploymentShards.check(compose("0-1", "2-3", "4"))).isEmpty();
    }

    @Test
    void overlappingRangesAreNamedWithTheServiceAndTheShard() throws IOException {
        assertThat(DeploymentShards.check(compose("0-2", "2-3", "4")))
                .extracting(ConfigProblem::toString)
                .containsExactly("services.b.environment.MUSICBOT_DISCORD_SHARDS_IDS: shard 2 is run by a too (the"
                        + " ranges overlap)");
    }

    @Test
    void aShardNoProcessRunsIsNamed() throws IOException {
        assertThat(DeploymentShards.check(compose("0", "2-3", "4")))
                .extracting(ConfigProblem::toString)
                .containsExactly("compose.yml: no process runs shard(s) 1 of 4: their guilds would get no answer");
    }

    @Test
    void idsOutsideTheTotalAndDifferentTotalsAreNamed() throws IOException {
        assertThat(DeploymentShards.check(compose("0-1", "2-4", "4")))
                .extracting(ConfigProblem::toString)
                .containsExactly("services.b.environment.MUSICBOT_DISCORD_SHARDS_IDS: shard 4 is outside 0-3"
                        + " (discord.shards.total is 4)");
        Path file = write("mixed.yml", """
                services:
                  a:
                    environment: [MUSICBOT_DISCORD_SHARDS_TOTAL=4, MUSICBOT_DISCORD_SHARDS_IDS=0-1]
                  b:
                    environment: [MUSICBOT_DISCORD_SHARDS_TOTAL=2, MUSICBOT_DISCORD_SHARDS_IDS=1]
                """);
        assertThat(DeploymentShards.check(file))
                .extracting(ConfigProblem::toString)
                .containsExactly("services.b.environment.MUSICBOT_DISCORD_SHARDS_TOTAL: is 2 but a has 4: every"
                        + " process of one bot needs the same total");
    }

    @Test
    void aStatefulSetGivesEachPodItsRangeByOrdinal() throws IOException {
        assertThat(DeploymentShards.check(statefulSet(2, 2, 4))).isEmpty();
        assertThat(DeploymentShards.check(statefulSet(3, 2, 4)))
                .extracting(ConfigProblem::toString)
                .containsExactly(
                        "StatefulSet bot: spec.template.spec.containers[0].env.MUSICBOT_SHARDS_PER_POD (pod 2):"
                                + " shard 5 is outside 0-3 (discord.shards.total is 4)");
        assertThat(DeploymentShards.check(statefulSet(1, 2, 4)))
                .extracting(ConfigProblem::toString)
                .containsExactly("k8s.yaml: no process runs shard(s) 2-3 of 4: their guilds would get no answer");
    }

    private Path compose(String a, String b, String total) throws IOException {
        return write("compose.yml", """
                services:
                  db:
                    image: postgres:17
                  a:
                    environment:
                      MUSICBOT_DISCORD_SHARDS_TOTAL: "%s"
                      MUSICBOT_DISCORD_SHARDS_IDS: "%s"
                  b:
                    environment:
                      MUSICBOT_DISCORD_SHARDS_TOTAL: "%s"
                      MUSICBOT_DISCORD_SHARDS_IDS: "%s"
                """.formatted(total, a, total, b));
    }

    private Path statefulSet(int replicas, int perPod, int total) throws IOException {
        return write("k8s.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: bot}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: bot}
                spec:
                  replicas: %d
                  template:
                    spec:
                      containers:
                        - name: bot
                          env:
                            - {name: MUSICBOT_DISCORD_SHARDS_TOTAL, value: "%d"}
                            - {name: MUSICBOT_SHARDS_PER_POD, value: "%d"}
                """.formatted(replicas, total, perPod));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
