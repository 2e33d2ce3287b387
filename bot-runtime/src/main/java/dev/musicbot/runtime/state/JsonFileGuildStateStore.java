package dev.musicbot.runtime.state;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.storage.StoredGuildState;
import dev.musicbot.store.AtomicFileWriter;
import dev.musicbot.store.GuildFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link GuildStateStore} ({@code json-file}): each guild's document in {@code <directory>/<guild
 * id>.json} ({@link GuildFiles}: the file name comes only from the {@link GuildId}; saves are atomic and
 * durable, writes of a guild are serialised). A file that cannot be read, or that {@link GuildStates} finds
 * corrupt, is renamed to {@code <guild id>.json.corrupt-<UTC timestamp>} for a human to look at. One store
 * instance should own the directory.
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
    public StoredGuildState load(GuildId guild) {
        return files.locked(guild, () -> read(guild));
    }

    @Override
    public void save(GuildId guild, String document) {
        files.locked(guild, () -> {
            write(guild, document);
            return document;
        });
    }

    @Override
    public void update(GuildId guild, Function<StoredGuildState, Optional<String>> change) {
        files.locked(guild, () -> {
            Optional<String> changed = change.apply(read(guild));
            changed.ifPresent(document -> write(guild, document));
            return changed;
        });
    }

    @Override
    public List<GuildId> guilds() {
        return files.guilds();
    }

    @Override
    public void setAside(GuildId guild, String reason) {
        files.locked(guild, () -> {
            Path file = fileOf(guild);
            Optional<Path> aside = files.setAside(guild);
            if (aside.isPresent()) {
                log.warn(
                        "Guild {}: {} is unreadable ({}); moved it to {} and using default settings",
                        guild,
                        file,
                        reason,
                        aside.get().getFileName());
            } else if (file.toFile().exists()) {
                log.error(
                        "Guild {}: {} is unreadable ({}) and could not be moved aside; using default settings,"
                                + " and the next save will replace it",
                        guild,
                        file,
                        reason);
            }
            return aside;
        });
    }

    /** The file of one guild: its id in decimal, never anything a user typed. */
    Path fileOf(GuildId guild) {
        return files.fileOf(guild);
    }

    private StoredGuildState read(GuildId guild) {
        Optional<byte[]> content;
        try {
            content = files.read(guild);
        } catch (UncheckedIOException e) {
            // One guild's unreadable file must not stop the others (or start-up): it is set aside like a corrupt one.
            return new StoredGuildState.Unreadable("it cannot be read: " + e.getCause());
        }
        if (content.isEmpty()) {
            return StoredGuildState.ABSENT;
        }
        try {
            return new StoredGuildState.Found(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content.get()))
                    .toString());
        } catch (CharacterCodingException e) {
            return new StoredGuildState.Unreadable("it is not UTF-8 text");
        }
    }

    private void write(GuildId guild, String document) {
        files.write(guild, document.getBytes(StandardCharsets.UTF_8), "the state");
    }
}
