package dev.musicbot.plugin.playlists.store;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of {@link JsonFilePlaylistStoreCrashTest}: saves one playlist of a guild in a tight loop until
 * it is killed, printing {@code saved} after the first save. Every generation of the playlist is recognisable, so
 * a reader can tell a complete one from a mix.
 */
public final class SaveLoopMain {
    static final String PLAYLIST = "Loop";

    private SaveLoopMain() {}

    /**
     * Runs the loop.
     *
     * @param args the store directory and the guild id
     * @throws IOException if the store cannot be opened
     */
    public static void main(String[] args) throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(Path.of(args[0]));
        GuildId guild = GuildId.of(args[1]);
        for (long generation = 0; ; generation++) {
            store.save(guild, generation(generation));
            if (generation == 0) {
                System.out.println("saved");
                System.out.flush();
            }
        }
    }

    /** Generation {@code g} has {@code 100 + g % 100} entries named {@code gen-<g>-<index>}. */
    static StoredPlaylist generation(long generation) {
        List<PlaylistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 100 + generation % 100; i++) {
            entries.add(Fixtures.entry("gen-" + generation + "-" + i));
        }
        return new StoredPlaylist(PLAYLIST, Fixtures.OWNER, entries);
    }

    /** The generation a stored playlist claims to be, from its first entry. */
    static long generationOf(StoredPlaylist playlist) {
        String query = playlist.entries().getFirst().query();
        return Long.parseLong(query.substring("gen-".length(), query.lastIndexOf('-')));
    }
}
