package dev.musicbot.plugin.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpotifyConfigTest {

    @Test
    void defaultsApplyWhenTheSectionIsEmpty() {
        SpotifyConfig.Settings settings = new SpotifyConfig(null, null, null, null, null, null).settings();

        assertThat(settings.credentials()).isEmpty();
        assertThat(settings.apiBase()).isEqualTo("https://api.spotify.com/v1");
        assertThat(settings.authBase()).isEqualTo("https://accounts.spotify.com");
        assertThat(settings.market()).isNull();
        assertThat(settings.maxTracks()).isEqualTo(500);
    }

    @Test
    void configuredValuesAreNormalised() {
        SpotifyConfig.Settings settings =
                new SpotifyConfig(" yml-id ", "yml-secret", "http://127.0.0.1:1/v1/", null, " gb ", 20).settings();

        assertThat(settings.credentials()).contains(new SpotifyConfig.Credentials("yml-id", "yml-secret"));
        assertThat(settings.apiBase()).isEqualTo("http://127.0.0.1:1/v1");
        assertThat(settings.market()).isEqualTo("GB");
        assertThat(settings.maxTracks()).isEqualTo(20);
    }

    @Test
    void aMissingHalfOfTheCredentialsMeansNone() {
        assertThat(new SpotifyConfig("id", null, null, null, null, null)
                        .settings()
                        .credentials())
                .isEmpty();
    }

    @Test
    void credentialsNeverPrintTheSecret() {
        assertThat(new SpotifyConfig.Credentials("id", "s3cr3t").toString()).doesNotContain("s3cr3t");
    }

    @Test
    void invalidValuesAreRefusedWithTheKey() {
        assertThatThrownBy(() -> new SpotifyConfig(null, null, null, null, "Germany", null).settings())
                .hasMessageContaining("plugins.spotify.market");
        assertThatThrownBy(() -> new SpotifyConfig(null, null, null, null, null, 0).settings())
                .hasMessageContaining("plugins.spotify.max-tracks");
    }
}
