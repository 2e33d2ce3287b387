package dev.musicbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchCommandLineTest {
    @Test
    void optionsThatDoNotFitTogetherEndWithOneLineAndExitCode2() {
        StringWriter err = new StringWriter();
        var line = Bench.commandLine();
        line.setErr(new PrintWriter(err, true));

        int code = line.execute("--guilds", "5", "--transcoded-guilds", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip())
                .isEqualTo("bench: transcoded guilds must be between 1 and guilds (5)")
                .doesNotContain("\n");
    }
}
