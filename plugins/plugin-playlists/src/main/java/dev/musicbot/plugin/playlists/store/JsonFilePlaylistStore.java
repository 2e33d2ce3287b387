package dev.musicbot.plugin.playlists.store;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.store.AtomicFileWriter;
import dev.musicbot.store.GuildFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PlaylistStore} that keeps each guild's playlists in {@code <directory>/<guild id>.json}. The file name
 * comes from the {@link GuildId} alone; playlist names, whatever they contain, are only ever data inside the
 * file. The format is described by the golden file of this class's tests; every file has a {@code
 * schemaVersion}.
 *
 * <p>The files are {@link GuildFiles}: each write replaces the whole file atomically and durably, so after a crash
 * a reader sees the old or the new file; the read-modify-write of one guild is serialised by a lock per guild, so
 * concurrent writers never lose an update; guilds do not wait for each other. One store instance must own the
 * directory: the locks are in memory. Temporary files left by a crash are deleted when the store is created.
 *
 * <p>A file that cannot be read (not valid JSON, a newer {@code schemaVersion}, invalid content, or not a readable
 * file at all) is never replaced. When the store opens (at start-up), such a file is moved aside to {@code <guild
 * id>.json.corrupt-<UTC timestamp>} with a warning, for a human to look at, and that guild starts with no
 * playlists: one damaged file must not lock a guild out until someone edits the data directory by hand. A file
 * that becomes unreadable while the bot runs (someone is editing it) is left as it is: every read and write of
 * that guild throws an {@link UncheckedIOException} naming the file and the problem until it is fixed or
 * removed.
 *
 * <p>Lengths are stored in whole milliseconds. Text is stored as UTF-8, so a playlist holding an unpaired
 * surrogate (which no Discord input can produce) is refused with an {@link IllegalArgumentException} rather than
 * stored altered.
 */
public final class JsonFilePlaylistStore implements PlaylistStore {
    private static final Logger log = LoggerFactory.getLogger(JsonFilePlaylistStore.class);

    private final GuildFiles files;

    /**
     * Opens the store, creating the directory if needed and deleting temporary files left by a crash.
     *
     * @param directory where the guild files live, for example {@code <data.dir>/playlist}
     * @throws IOException if the directory cannot be created or cleaned
     */
    public JsonFilePlaylistStore(Path directory) throws IOException {
        this(directory, new AtomicFileWriter());
    }

    JsonFilePlaylistStore(Path directory, AtomicFileWriter writer) throws IOException {
        this.files = new GuildFiles(directory, writer, Clock.systemUTC());
        setAsideUnreadableFiles();
    }

    /** Moves every guild file that cannot be read out of the way, so that start-up and the guild go on. */
    private void setAsideUnreadableFiles() {
        for (GuildId guild : files.guilds()) {
            try {
                read(guild);
            } catch (UncheckedIOException e) {
                Optional<Path> aside = files.setAside(guild);
                if (aside.isPresent()) {
                    log.warn(
                            "Guild {}: the playlists in {} cannot be read ({}); moved the file to {}, and the guild"
                                    + " starts with no playlists",
                            guild,
                            fileOf(guild),
                            e.getCause().getMessage(),
                            aside.get().getFileName());
                } else {
                    log.error("Guild {}: {}", guild, e.getMessage());
                }
            }
        }
    }

    @Override
    public String id() {
        return "json-file";
    }

    /**
     * The directory this store owns.
     *
     * @return the directory
     */
    public Path directory() {
        return files.directory();
    }

    @Override
    public List<StoredPlaylist> list(GuildId guild) {
        return locked(guild, () -> read(guild).playlists());
    }

    @Override
    public Optional<StoredPlaylist> find(GuildId guild, String name) {
        Objects.requireNonNull(name, "name");
        return locked(guild, () -> read(guild).find(name));
    }

    @Override
    public void save(GuildId guild, StoredPlaylist playlist) {
        Objects.requireNonNull(playlist, "playlist");
        locked(guild, () -> write(guild, read(guild).with(playlist)));
    }

    @Override
    public boolean delete(GuildId guild, String name) {
        Objects.requireNonNull(name, "name");
        return locked(guild, () -> {
            GuildPlaylists before = read(guild);
            GuildPlaylists after = before.without(name);
            if (after == before) {
                return false;
            }
            write(guild, after);
            return true;
        });
    }

    @Override
    public Optional<String> active(GuildId guild) {
        return locked(guild, () -> read(guild).activeName());
    }

    @Override
    public void setActive(GuildId guild, String name) {
        Objects.requireNonNull(name, "name");
        locked(guild, () -> write(guild, read(guild).withActive(name)));
    }

    /**
     * Changes one playlist atomically: reads it, applies {@code change} and writes the result, all under the
     * guild's lock, so concurrent updates of a guild never lose each other's changes (unlike {@link #find} then
     * {@link #save}). The result may rename the playlist; the active playlist follows a rename. Nothing is
     * written if {@code change} returns an equal playlist or throws.
     *
     * @param guild the guild
     * @param name the playlist's name, case-insensitively
     * @param change computes the new playlist from the stored one; it runs while the guild is locked, so it must be
     *     quick and must not call this store
     * @return the playlist as stored afterwards
     * @throws NoSuchElementException if there is no such playlist
     * @throws IllegalArgumentException if the result takes the name of another playlist
     * @throws UncheckedIOException if the file cannot be read or written
     */
    @Override
    public StoredPlaylist update(GuildId guild, String name, UnaryOperator<StoredPlaylist> change) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(change, "change");
        return locked(guild, () -> {
            GuildPlaylists before = read(guild);
            StoredPlaylist current =
                    before.find(name).orElseThrow(() -> new NoSuchElementException("no playlist " + name));
            StoredPlaylist changed = Objects.requireNonNull(change.apply(current), "change returned null");
            if (!changed.equals(current)) {
                write(guild, before.replacing(current, changed));
            }
            return changed;
        });
    }

    /** The file of one guild: its id in decimal, never anything a user typed. */
    Path fileOf(GuildId guild) {
        return files.fileOf(guild);
    }

    private GuildPlaylists read(GuildId guild) {
        Optional<byte[]> content;
        try {
            content = files.read(guild);
        } catch (UncheckedIOException e) {
            throw unreadable(guild, e.getCause());
        }
        try {
            return content.isEmpty() ? GuildPlaylists.EMPTY : PlaylistFileFormat.decode(content.get());
        } catch (IOException e) {
            throw unreadable(guild, e);
        }
    }

    private UncheckedIOException unreadable(GuildId guild, IOException e) {
        return new UncheckedIOException(
                "The playlists of guild " + guild + " cannot be read from " + fileOf(guild) + ": " + e.getMessage()
                        + ". The file is left as it is and no playlist of this guild can be changed until"
                        + " it is fixed or removed",
                e);
    }

    private GuildPlaylists write(GuildId guild, GuildPlaylists playlists) {
        files.write(guild, PlaylistFileFormat.encode(playlists), "the playlists");
        return playlists;
    }

    private <T> T locked(GuildId guild, Supplier<T> action) {
        Objects.requireNonNull(guild, "guild");
        return files.locked(guild, action);
    }
}
