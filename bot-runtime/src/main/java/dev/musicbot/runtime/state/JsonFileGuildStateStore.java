package dev.musicbot.runtime.state;

import dev.musicbot.api.GuildId;
import dev.musicbot.store.AtomicFileWriter;
import dev.musicbot.store.GuildFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each guild's state in {@code <directory>/<guild id>.json} ({@link GuildFiles}: the file name comes only
 * from the {@link GuildId}; saves are atomic and durable). A file that is corrupt or cannot be read at all is
 * renamed to {@code <guild id>.json.corrupt-<UTC timestamp>} for a human to look at, and the guild starts from
 * defaults. One store instance should own the directory.
 */
public final class JsonFileGuildStateStore implements GuildStateStore {
    private static final Logger log = LoggerFactory.getLogger(JsonFileGuildStateStore.class);

    private final GuildFiles files;

    /**
     * Opens the store, creating the directory if needed and deleting temporary files left by a crash.
     *
     * @param directory where the guild files live, for example {@code <data.dir>/guilds}
     * @throws IOException if the directory cannot be created or listed
     */
    public JsonFileGuildStateStore(Path directory) throws IOException {
        this(directory, Clock.systemUTC());
    }

    JsonFileGuildStateStore(Path directory, Clock clock) throws IOException {
        this.files = new GuildFiles(directory, new AtomicFileWriter(), clock);
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
    public GuildState load(GuildId guild) {
        return files.locked(guild, () -> read(guild));
    }

    @Override
    public void save(GuildId guild, GuildState state) {
        files.locked(guild, () -> write(guild, state));
    }

    @Override
    public void clearQueue(GuildId guild) {
        files.locked(guild, () -> {
            GuildState state = read(guild);
            return state.queue() == null ? state : write(guild, state.withQueue(null));
        });
    }

    @Override
    public List<GuildId> guildsWithQueues() {
        List<GuildId> guilds = new ArrayList<>();
        for (GuildId guild : files.guilds()) {
            if (load(guild).queue() != null) {
                guilds.add(guild);
            }
        }
        return List.copyOf(guilds);
    }

    /** The file of one guild: its id in decimal, never anything a user typed. */
    Path fileOf(GuildId guild) {
        return files.fileOf(guild);
    }

    private GuildState read(GuildId guild) {
        Optional<byte[]> content;
        try {
            content = files.read(guild);
        } catch (UncheckedIOException e) {
            // One guild's unreadable file must not stop the others (or start-up): it is set aside like a corrupt one.
            setAside(guild, "it cannot be read: " + e.getCause());
            return GuildState.DEFAULTS;
        }
        if (content.isEmpty()) {
            return GuildState.DEFAULTS;
        }
        try {
            GuildStateCodec.Decoded decoded = GuildStateCodec.decode(content.get());
            if (!decoded.repairs().isEmpty()) {
                log.warn(
                        "Guild {}: repaired {} on load: {}",
                        guild,
                        fileOf(guild),
                        String.join("; ", decoded.repairs()));
            }
            return decoded.state();
        } catch (UnreadableStateException e) {
            setAside(guild, e.getMessage());
            return GuildState.DEFAULTS;
        }
    }

    private GuildState write(GuildId guild, GuildState state) {
        byte[] content;
        try {
            content = GuildStateCodec.encode(state);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the state of guild " + guild, e);
        }
        files.write(guild, content, "the state");
        return state;
    }

    /** Moves an unreadable file out of the way, so nothing is lost and the next save starts afresh. */
    private void setAside(GuildId guild, String reason) {
        Path file = fileOf(guild);
        files.setAside(guild)
                .ifPresentOrElse(
                        aside -> log.warn(
                                "Guild {}: {} is unreadable ({}); moved it to {} and using default settings",
                                guild,
                                file,
                                reason,
                                aside.getFileName()),
                        () -> log.error(
                                "Guild {}: {} is unreadable ({}) and could not be moved aside; using default"
                                        + " settings, and the next save will replace it",
                                guild,
                                file,
                                reason));
    }
}
