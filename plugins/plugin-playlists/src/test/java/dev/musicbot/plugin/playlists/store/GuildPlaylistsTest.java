package dev.musicbot.plugin.playlists.store;

import static dev.musicbot.plugin.playlists.store.Fixtures.playlist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.storage.StoredPlaylist;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class GuildPlaylistsTest {

    @Test
    void playlistsAreSortedIgnoringCase() {
        GuildPlaylists guild =
                new GuildPlaylists(null, List.of(playlist("b"), playlist("C"), playlist("a"), playlist("Ä")));
        assertThat(guild.playlists()).extracting(StoredPlaylist::name).containsExactly("a", "b", "C", "Ä");
    }

    @Test
    void namesMustBeUniqueIgnoringCase() {
        assertThatThrownBy(() -> new GuildPlaylists(null, List.of(playlist("Mix"), playlist("mIX"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two playlists are named");
    }

    @Test
    void theActiveNameTakesTheStoredSpelling() {
        assertThat(new GuildPlaylists("MIX", List.of(playlist("Mix"))).active()).isEqualTo("Mix");
        assertThat(new GuildPlaylists("other", List.of(playlist("Mix"))).active())
                .isNull();
    }

    @Test
    void withReplacesIgnoringCaseAndKeepsTheNewSpelling() {
        GuildPlaylists guild = new GuildPlaylists("mix", List.of(playlist("Mix", "a"), playlist("Other")));
        GuildPlaylists next = guild.with(playlist("MIX", "b"));
        assertThat(next.playlists()).containsExactly(playlist("MIX", "b"), playlist("Other"));
        assertThat(next.active()).isEqualTo("MIX");
    }

    @Test
    void withoutReturnsTheSameStateWhenNothingMatches() {
        GuildPlaylists guild = new GuildPlaylists(null, List.of(playlist("Mix")));
        assertThat(guild.without("nope")).isSameAs(guild);
        assertThat(guild.without("MIX").playlists()).isEmpty();
    }

    @Test
    void withActiveRequiresAPlaylist() {
        GuildPlaylists guild = new GuildPlaylists(null, List.of(playlist("Mix")));
        assertThat(guild.withActive("mix").activeName()).contains("Mix");
        assertThatThrownBy(() -> guild.withActive("nope")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void replacingMayKeepTheNameInAnotherCase() {
        GuildPlaylists guild = new GuildPlaylists("mix", List.of(playlist("Mix", "a")));
        GuildPlaylists next = guild.replacing(playlist("Mix", "a"), playlist("MIX", "a", "b"));
        assertThat(next.playlists()).containsExactly(playlist("MIX", "a", "b"));
        assertThat(next.active()).isEqualTo("MIX");
    }
}
