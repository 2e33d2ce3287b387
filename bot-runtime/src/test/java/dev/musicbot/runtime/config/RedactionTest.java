package dev.musicbot.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:postgresql://u:pw@h/db               | jdbc:postgresql://u:********@h/db",
                "jdbc:postgresql://h/db?user=u&password=pw | jdbc:postgresql://h/db?user=u&password=********",
                "jdbc:sqlserver://h;user=u;password=pw     | jdbc:sqlserver://h;user=u;password=********",
                "https://api.example/x?access_token=abc&q=1 | https://api.example/x?access_token=********&q=1",
                "socks5://127.0.0.1:1080                   | socks5://127.0.0.1:1080",
                "https://www.youtube.com/watch?v=abc       | https://www.youtube.com/watch?v=abc",
            })
    void credentialsInsideValuesAreMasked(String value, String printed) {
        assertThat(Redaction.text(value)).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--password,hunter2,--no-warnings               | --password,********,--no-warnings",
                "-u,me,-p,hunter2                                | -u,me,-p,********",
                "--video-password=hunter2                        | --video-password=********",
                "--add-header,Authorization: Bearer abc          | --add-header,Authorization:********",
                "--add-header,Referer: https://example.org/      | --add-header,Referer: https://example.org/",
                "-Djavax.net.ssl.trustStorePassword=changeit,-Xmx256m | -Djavax.net.ssl.trustStorePassword=********,-Xmx256m",
                "-Dmusicbot.discord.token=abc.def,-XX:+UseSerialGC | -Dmusicbot.discord.token=********,-XX:+UseSerialGC",
                "-Dhttps.proxyHost=p,--proxy,http://u:pw@p:3128  | -Dhttps.proxyHost=p,--proxy,http://u:********@p:3128",
            })
    void argumentListsMaskTheValuesOfCredentialOptions(String arguments, String printed) {
        assertThat(Redaction.arguments(List.of(arguments.split(",")))).containsExactly(printed.split(","));
    }
}
