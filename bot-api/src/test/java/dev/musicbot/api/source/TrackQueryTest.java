package dev.musicbot.api.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackQueryTest {

    @Test
    void recognisesHttpUrls() {
        assertThat(new TrackQuery("  https://example.com/a.mp3 ").url())
                .hasValueSatisfying(u -> assertThat(u.getHost()).isEqualTo("example.com"));
        assertThat(new TrackQuery("HTTP://Example.com/x").url()).isPresent();
    }

    @Test
    void searchTextIsNotAUrl() {
        assertThat(new TrackQuery("never gonna give you up").url()).isEmpty();
        assertThat(new TrackQuery("ftp://example.com/a.mp3").url()).isEmpty();
        assertThat(new TrackQuery("http://").url()).isEmpty();
    }

    @Test
    void prefixesMatchCaseInsensitively() {
        assertThat(new TrackQuery("YTSEARCH:abc").hasPrefix("ytsearch:")).isTrue();
        assertThat(new TrackQuery("scsearch:abc").hasPrefix("ytsearch:")).isFalse();
    }

    @Test
    void blankQueriesAreRejected() {
        assertThatThrownBy(() -> new TrackQuery("   ")).isInstanceOf(IllegalArgumentException.class);
    }
}
