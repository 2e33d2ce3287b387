package dev.musicbot.store;

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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 * A directory with one file per guild, {@code <directory>/<guild id>.json}: the file name comes from the {@link
 * GuildId} alone, never from anything a user typed. Writes replace the whole file atomically and durably ({@link
 * AtomicFileWriter}); {@link #locked} serialises a guild's read-modify-write so concurrent writers never lose an
 * update, while guilds do not wait for each other. Temporary files left by a crash are deleted when the directory
 * is opened. One instance must own the directory: the locks are in memory.
 *
 * <p>What a store does with a file it cannot understand is its own policy: it may refuse to touch it, or move it
 * aside with {@link #setAside} and start afresh.
 */
public final class GuildFiles {
    private static final Logger log = LoggerFactory.getLogger(GuildFiles.class);

    private static final Pattern GUILD_FILE = Pattern.compile("([1-9][0-9]{0,19})\\.json");
    private static final Pattern TEMP_FILE =
            Pattern.compile("[1-9][0-9]{0,19}\\.json\\..+" + Pattern.quote(AtomicFileWriter.TEMP_SUFFIX));
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final AtomicFileWriter writer;
    private final Clock clock;
    private final ConcurrentMap<GuildId, ReentrantLock> locks = new ConcurrentHashMap<>();

    /**
     * Opens the directory, creating it if needed and deleting temporary files left by a crash.
     *
     * @param directory where the guild files live
     * @throws IOException if the directory cannot be created or cleaned
     */
    public GuildFiles(Path directory) throws IOException {
        this(directory, new AtomicFileWriter(), Clock.systemUTC());
    }

    /**
     * Opens the directory with a given writer (a test seam for crashes between write and rename) and clock (for the
     * names of files set aside).
     *
     * @param directory where the guild files live
     * @param writer writes each file
     * @param clock stamps files set aside
     * @throws IOException if the directory cannot be created or cleaned
     */
    public GuildFiles(Path directory, AtomicFileWriter writer, Clock clock) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.writer = writer;
        this.clock = clock;
        for (Path leftover : AtomicFileWriter.deleteLeftovers(this.directory, TEMP_FILE.asMatchPredicate())) {
            log.info("Deleted {}, left over from a save that did not finish", leftover);
        }
    }

    /**
     * The directory.
     *
     * @return the directory
     */
    public Path directory() {
        return directory;
    }

    /**
     * The file of one guild: its id in decimal.
     *
     * @param guild the guild
     * @return the file, which may not exist
     */
    public Path fileOf(GuildId guild) {
        return directory.resolve(guild + ".json");
    }

    /**
     * The guilds that have a file, ordered by id.
     *
     * @return the guilds
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public List<GuildId> guilds() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> GUILD_FILE.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .flatMap(matcher -> parse(matcher.group(1)).stream())
                    .sorted(Comparator.comparingLong(GuildId::value))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + directory, e);
        }
    }

    private static Optional<GuildId> parse(String snowflake) {
        try {
            return Optional.of(GuildId.of(snowflake));
        } catch (IllegalArgumentException e) { // too large for a guild id (includes NumberFormatException)
            return Optional.empty();
        }
    }

    /**
     * Runs {@code action} holding the guild's lock.
     *
     * @param guild the guild
     * @param action what to do; it may call the other methods of this class for the same guild
     * @param <T> what it returns
     * @return what {@code action} returned
     */
    public <T> T locked(GuildId guild, Supplier<T> action) {
        ReentrantLock lock = locks.computeIfAbsent(guild, id -> new ReentrantLock());
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The content of a guild's file.
     *
     * @param guild the guild
     * @return the bytes, or empty if the guild has no file
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public Optional<byte[]> read(GuildId guild) {
        Path file = fileOf(guild);
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces a guild's file. When this returns the content is durable; if it throws, the old file is unchanged.
     *
     * @param guild the guild
     * @param content the new content
     * @param what what is being saved, for the error message (for example {@code "the playlists"})
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(GuildId guild, byte[] content, String what) {
        Path file = fileOf(guild);
        try {
            writer.replace(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not save " + what + " of guild " + guild + " to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves a guild's file out of the way, to {@code <guild id>.json.corrupt-<UTC timestamp>}, for a human to look
     * at; the next write starts afresh.
     *
     * @param guild the guild
     * @return the file's new name, or empty if there was no file or it could not be moved (that failure is logged)
     */
    public Optional<Path> setAside(GuildId guild) {
        Path file = fileOf(guild);
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        for (int attempt = 1; ; attempt++) {
            Path aside = file.resolveSibling(attempt == 1 ? base : base + "-" + attempt);
            try {
                Files.move(file, aside);
                return Optional.of(aside);
            } catch (FileAlreadyExistsException e) {
                // another file was set aside in the same millisecond: try the next name
            } catch (NoSuchFileException e) {
                return Optional.empty(); // nothing to move
            } catch (IOException e) {
                log.error("Guild {}: could not move {} aside", guild, file, e);
                return Optional.empty();
            }
        }
    }
}
