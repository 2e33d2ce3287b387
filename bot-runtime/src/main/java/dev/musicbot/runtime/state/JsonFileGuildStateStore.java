package dev.musicbot.runtime.state;

import dev.musicbot.api.GuildId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each guild's state in {@code <directory>/<guild id>.json}; the file name comes only from the {@link
 * GuildId}. Saves are atomic and durable ({@link AtomicFiles}). A file that is corrupt or cannot be read at all
 * is renamed to {@code <guild id>.json.corrupt-<UTC timestamp>} for a human to look at, and the guild starts from
 * defaults. Temporary files
 * left by a crash are deleted when the store is created; one store instance should own the directory.
 */
public final class JsonFileGuildStateStore implements GuildStateStore {
    private static final Logger log = LoggerFactory.getLogger(JsonFileGuildStateStore.class);

    private static final Pattern STATE_FILE = Pattern.compile("([1-9][0-9]{0,19})\\.json");
    private static final Pattern TEMP_FILE =
            Pattern.compile("[1-9][0-9]{0,19}\\.json\\..+\\" + AtomicFiles.TEMP_SUFFIX);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;
    private final ConcurrentMap<GuildId, ReentrantLock> locks = new ConcurrentHashMap<>();

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
        this.directory = Files.createDirectories(directory);
        this.clock = clock;
        for (Path leftover : AtomicFiles.deleteLeftovers(directory, TEMP_FILE)) {
            log.info("Deleted {}, left over from a save that did not finish", leftover);
        }
    }

    /**
     * The directory this store owns.
     *
     * @return the directory
     */
    public Path directory() {
        return directory;
    }

    @Override
    public GuildState load(GuildId guild) {
        return locked(guild, () -> read(guild));
    }

    @Override
    public void save(GuildId guild, GuildState state) {
        locked(guild, () -> write(guild, state));
    }

    @Override
    public void clearQueue(GuildId guild) {
        locked(guild, () -> {
            GuildState state = read(guild);
            return state.queue() == null ? state : write(guild, state.withQueue(null));
        });
    }

    @Override
    public List<GuildId> guildsWithQueues() {
        List<GuildId> guilds = new ArrayList<>();
        for (GuildId guild : storedGuilds()) {
            if (load(guild).queue() != null) {
                guilds.add(guild);
            }
        }
        return List.copyOf(guilds);
    }

    /** The file of one guild: its id in decimal, never anything a user typed. */
    Path fileOf(GuildId guild) {
        return directory.resolve(guild + ".json");
    }

    private List<GuildId> storedGuilds() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> STATE_FILE.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .flatMap(matcher -> parse(matcher.group(1)).stream())
                    .sorted(Comparator.comparingLong(GuildId::value))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + directory, e);
        }
    }

    private static List<GuildId> parse(String snowflake) {
        try {
            return List.of(GuildId.of(snowflake));
        } catch (IllegalArgumentException e) { // too large for a guild id (includes NumberFormatException)
            return List.of();
        }
    }

    private GuildState read(GuildId guild) {
        Path file = fileOf(guild);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return GuildState.DEFAULTS;
        } catch (IOException e) {
            // One guild's unreadable file must not stop the others (or start-up): it is set aside like a corrupt one.
            setAside(guild, file, "it cannot be read: " + e);
            return GuildState.DEFAULTS;
        }
        try {
            GuildStateCodec.Decoded decoded = GuildStateCodec.decode(content);
            if (!decoded.repairs().isEmpty()) {
                log.warn("Guild {}: repaired {} on load: {}", guild, file, String.join("; ", decoded.repairs()));
            }
            return decoded.state();
        } catch (UnreadableStateException e) {
            setAside(guild, file, e.getMessage());
            return GuildState.DEFAULTS;
        }
    }

    private GuildState write(GuildId guild, GuildState state) {
        Path file = fileOf(guild);
        try {
            AtomicFiles.replace(file, GuildStateCodec.encode(state));
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the state of guild " + guild + " to " + file, e);
        }
    }

    /** Renames an unreadable file out of the way, so nothing is lost and the next save starts afresh. */
    private void setAside(GuildId guild, Path file, String reason) {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        for (int attempt = 1; ; attempt++) {
            Path aside = file.resolveSibling(attempt == 1 ? base : base + "-" + attempt);
            try {
                Files.move(file, aside);
                log.warn(
                        "Guild {}: {} is unreadable ({}); moved it to {} and using default settings",
                        guild,
                        file,
                        reason,
                        aside.getFileName());
                return;
            } catch (FileAlreadyExistsException e) {
                // another file was set aside in the same millisecond: try the next name
            } catch (IOException e) {
                log.error(
                        "Guild {}: {} is unreadable ({}) and could not be moved aside; using default settings,"
                                + " and the next save will replace it",
                        guild,
                        file,
                        reason,
                        e);
                return;
            }
        }
    }

    private <T> T locked(GuildId guild, Supplier<T> action) {
        ReentrantLock lock = locks.computeIfAbsent(guild, id -> new ReentrantLock());
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
