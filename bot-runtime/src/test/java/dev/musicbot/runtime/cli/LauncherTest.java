package dev.musicbot.runtime.cli;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user drives it, with output captured. */
class LauncherTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private String[] withConfig(String command, String... more) throws Exception {
        Path config = dir.resolve("musicbot.yml");
        if (!Files.exists(config)) {
            Files.writeString(
                    config, "data:\n  dir: " + dir.resolve("data") + "\nlogs:\n  dir: " + dir.resolve("logs") + "\n");
        }
        String[] head = command.split(" ");
        String[] args = new String[head.length + 6 + more.length];
        System.arraycopy(head, 0, args, 0, head.length);
        int i = head.length;
        args[i++] = "--config";
        args[i++] = config.toString();
        args[i++] = "--env-file";
        args[i++] = dir.resolve(".env").toString();
        args[i++] = "--plugins-dir";
        args[i++] = dir.resolve("plugins").toString();
        System.arraycopy(more, 0, args, i, more.length);
        return args;
    }

    @Test
    void versionNamesTheBotAndJava() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("musicbot ").contains("Java 25");
    }

    @Test
    void helpListsSubcommandsAndExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("run", "config", "plugins", "doctor", "Exit codes", "invalid input");
    }

    @Test
    void configCheckPrintsEffectiveConfigurationWithTokenMasked() throws Exception {
        Files.writeString(dir.resolve(".env"), "BOT_TOKEN=my-very-secret-token\n");
        assertThat(run(withConfig("config check"))).isZero();
        assertThat(out.toString())
                .contains("configuration is valid", "rest-url:")
                .doesNotContain("my-very-secret-token");
    }

    @Test
    void configCheckMasksCredentialsInsideUrlsAndArgumentLists() throws Exception {
        Files.writeString(dir.resolve(".env"), "BOT_TOKEN=x\n");
        Files.writeString(dir.resolve("musicbot.yml"), """
                data:
                  dir: %s
                logs:
                  dir: %s
                plugins:
                  playlists:
                    jdbc-url: "jdbc:postgresql://bot:pw-in-url@db.example/music?sslmode=require&password=pw-in-query"
                  youtube:
                    extra-args: [--proxy, "socks5://me:pw-in-proxy@127.0.0.1:1080", --password, pw-after-option,
                                 "--ap-password=pw-in-option", --add-header, "Cookie: pw-in-header", --no-warnings]
                """.formatted(dir.resolve("data"), dir.resolve("logs")));

        assertThat(run(withConfig("config check"))).isZero();

        assertThat(out.toString())
                .contains("jdbc:postgresql://bot:********@db.example/music?sslmode=require&password=********")
                .contains("socks5://me:********@127.0.0.1:1080", "--no-warnings", "--ap-password=********")
                .doesNotContain("pw-in-url", "pw-in-query", "pw-in-proxy", "pw-after-option", "pw-in-option")
                .doesNotContain("pw-in-header");
    }

    @Test
    void configCheckWithoutTokenExitsTwoNamingTheKey() throws Exception {
        assertThat(run(withConfig("config check"))).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("discord.token");
    }

    @Test
    void badValueExitsTwoNamingTheKey() throws Exception {
        Files.writeString(dir.resolve(".env"), "BOT_TOKEN=x\n");
        assertThat(run(withConfig("config check", "--set", "tuning.workers=abc")))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("tuning.workers").contains("'abc' is not a whole number");
    }

    @Test
    void aLoudnessTargetOutsideTheSaneRangeIsRefusedNamingTheKey() throws Exception {
        Files.writeString(dir.resolve(".env"), "BOT_TOKEN=x\n");
        assertThat(run(withConfig("config check", "--set", "playback.normalize.target-lufs=-40")))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString())
                .contains("playback.normalize.target-lufs")
                .contains("must be between -30 and -5 LUFS, got -40");
        err.getBuffer().setLength(0);
        assertThat(run(withConfig("config check", "--set", "playback.normalize.target-lufs=loud")))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("playback.normalize.target-lufs");
        out.getBuffer().setLength(0);
        assertThat(run(withConfig("config check", "--set", "playback.normalize.target-lufs=-16.5")))
                .isZero();
        assertThat(out.toString()).contains("target-lufs: \"-16.5\"");
    }

    @Test
    void unknownOptionIsInvalidInput() {
        assertThat(run("run", "--no-such-option")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--no-such-option");
    }

    @Test
    void pluginsListShowsTheCorePluginAndItsCommands() throws Exception {
        assertThat(run(withConfig("plugins list"))).isZero();
        assertThat(out.toString()).containsPattern("core\\s+\\S+\\s+built-in\\s+started\\s+.*CommandHandler /play");
    }

    @Test
    void runExitsOneWithOneClearLineWhenDiscordCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String rest = "http://127.0.0.1:" + closedPort + "/api/v10/";
        Files.writeString(dir.resolve(".env"), "BOT_TOKEN=x\n");

        assertThat(run(withConfig("run", "--set", "discord.rest-url=" + rest))).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString().lines())
                .singleElement(as(STRING))
                .startsWith("musicbot: cannot reach Discord at " + rest + " (")
                .endsWith("): check the network, DNS and any proxy");
    }

    @Test
    void doctorReportsPlatformDaveAndTools() throws Exception {
        assertThat(run(withConfig("doctor"))).isZero();
        String text = out.toString();
        assertThat(text)
                .contains("java", "jvm", "glibc", "platform", "profile", "dave", "yt-dlp", "ffmpeg", "js runtime");
        assertThat(text).containsPattern("(?m)^(ok|!!) dave\\s+(available|UNAVAILABLE)");
    }
}
