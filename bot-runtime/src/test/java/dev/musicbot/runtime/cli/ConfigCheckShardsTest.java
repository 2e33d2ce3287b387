package dev.musicbot.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code musicbot config check} explains a bad shard setting, in the configuration and in a deployment file. */
class ConfigCheckShardsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void config() throws Exception {
        Files.writeString(dir.resolve(".env"), "BOT_TOKEN=x\n");
        Files.writeString(
                dir.resolve("musicbot.yml"),
                "data:\n  dir: " + dir.resolve("data") + "\nlogs:\n  dir: " + dir.resolve("logs") + "\n");
    }

    @Test
    void idsOutsideTheTotalNameTheKey() {
        assertThat(check("--set", "discord.shards.total=4", "--set", "discord.shards.ids=2-4"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("discord.shards.ids: shard 4 is outside 0-3 (discord.shards.total is 4)");
    }

    @Test
    void aMalformedRangeNamesTheKey() {
        assertThat(check("--set", "discord.shards.total=4", "--set", "discord.shards.ids=0..3"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("discord.shards.ids: '0..3' is not a shard number or range");
    }

    @Test
    void goodShardSettingsAreShownInTheEffectiveConfiguration() {
        assertThat(check("--set", "discord.shards.total=4", "--set", "discord.shards.ids=0-1"))
                .isZero();
        assertThat(out.toString()).contains("shards:", "total: \"4\"", "- \"0-1\"");
    }

    @Test
    void overlappingRangesInADeploymentFileAreNamedByService() throws Exception {
        Path compose = Files.writeString(dir.resolve("compose.yml"), """
                services:
                  bot-a:
                    environment:
                      MUSICBOT_DISCORD_SHARDS_TOTAL: "4"
                      MUSICBOT_DISCORD_SHARDS_IDS: "0-2"
                  bot-b:
                    environment:
                      MUSICBOT_DISCORD_SHARDS_TOTAL: "4"
                      MUSICBOT_DISCORD_SHARDS_IDS: "2-3"
                """);
        assertThat(check("--deployment", compose.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString())
                .contains(compose + ": services.bot-b.environment.MUSICBOT_DISCORD_SHARDS_IDS: shard 2 is run by"
                        + " bot-a too (the ranges overlap)");
    }

    @Test
    void anUnreadableDeploymentFileIsInvalidInput() {
        assertThat(check("--deployment", dir.resolve("missing.yml").toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--deployment " + dir.resolve("missing.yml") + ": cannot read it as YAML");
    }

    private int check(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "config",
                "check",
                "--config",
                dir.resolve("musicbot.yml").toString(),
                "--env-file",
                dir.resolve(".env").toString(),
                "--plugins-dir",
                dir.resolve("plugins").toString()));
        args.addAll(List.of(more));
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args.toArray(String[]::new));
    }
}
