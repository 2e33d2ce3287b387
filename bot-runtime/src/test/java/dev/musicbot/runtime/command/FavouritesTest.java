package dev.musicbot.runtime.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.testkit.RecordingPluginContext;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FavouritesTest {
    @TempDir
    Path dir;

    private static Track track(String page, PlaybackRef ref) {
        return new Track(new TrackInfo("Song", "", Duration.ofSeconds(60), page, null, null), ref, "youtube");
    }

    @Test
    void withoutAPlaylistStoreTheAnswerIsPolite() {
        Favourites favourites = new Favourites(new ActivePlaylist(new RecordingPluginContext("core", dir)));

        assertThatThrownBy(favourites::store)
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Favourites need the playlists plugin, which isn't installed on this bot.");
    }

    @Test
    void aFavouriteStoresWhatPlaysAgainAndKnowsTheSameSong() {
        String page = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
        PlaylistEntry direct = Favourites.entry(track(page, new PlaybackRef.Engine("youtube:" + page)));
        PlaylistEntry deferred =
                Favourites.entry(track(page, new PlaybackRef.Deferred(List.of("ytsearch:song", "ytsearch:other"))));

        assertThat(direct.query()).isEqualTo("youtube:" + page);
        assertThat(direct.directTrack()).isPresent();
        assertThat(deferred.query()).isEqualTo("ytsearch:song");
        assertThat(Favourites.same(direct, deferred)).as("the same page").isTrue();
        assertThat(Favourites.same(
                        direct, Favourites.entry(track(null, new PlaybackRef.Engine("https://example.com/other.mp3")))))
                .isFalse();
    }
}
