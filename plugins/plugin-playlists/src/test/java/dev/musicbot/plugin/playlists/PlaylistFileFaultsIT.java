package dev.musicbot.plugin.playlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.musicbot.plugin.playlists.store.JsonFilePlaylistStore;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The fault matrix's damaged playlist files, end to end: a guild whose playlist file is corrupt, and one whose
 * file cannot be read at all, when the bot starts. Start-up goes on, each file is moved aside with a log line,
 * those guilds start afresh, and the other guild's playlists still play.
 */
class PlaylistFileFaultsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild corrupt;
    private SimGuild unreadable;
    private SimGuild healthy;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        corrupt = guild("Corrupt Guild");
        unreadable = guild("Unreadable Guild");
        healthy = guild("Healthy Guild");
    }

    @AfterEach
    void stop() {
        sim.close();
        http.close();
    }

    @Test
    void damagedPlaylistFilesAreSetAsideAtStartUpAndTheOtherPlaylistsStillPlay() throws IOException {
        URI tone =
                http.serve("/tone.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)));
        try (Bot _ = startBot()) {
            for (SimGuild guild : List.of(corrupt, unreadable, healthy)) {
                assertThat(reply(guild, "create", Map.of("name", "mix")).content())
                        .startsWith("Created playlist");
                reply(guild, "use", Map.of("playlist", "mix"));
                assertThat(reply(guild, "add", Map.of("song", tone.toString())).content())
                        .startsWith("Added");
            }
        }
        Path playlists = dir.resolve("data/plugins/playlists/playlist");
        Files.writeString(playlists.resolve(corrupt.id() + ".json"), "{\"schemaVersion\":1,\"playlists\":[{");
        Files.delete(playlists.resolve(unreadable.id() + ".json"));
        Files.createDirectory(playlists.resolve(unreadable.id() + ".json"));

        List<String> warnings;
        try (Logs logs = new Logs(JsonFilePlaylistStore.class);
                Bot _ = startBot()) {
            warnings = logs.messages(Level.WARN);

            assertThat(reply(healthy, "use", Map.of("playlist", "mix")).content())
                    .isEqualTo("Active playlist: **mix**. Queued 1 song.");
            SimVoice voice = sim.voice(healthy).awaitConnected(WAIT);
            assertThat(voice.awaitAudio(Duration.ofSeconds(2), WAIT).dominantFrequency())
                    .isCloseTo(440, within(5.0));
            for (SimGuild guild : List.of(corrupt, unreadable)) {
                assertThat(reply(guild, "playlists", Map.of()).content())
                        .isEqualTo("This server has no playlists yet. Make one with /create.");
                assertThat(reply(guild, "create", Map.of("name", "mix")).content())
                        .startsWith("Created playlist");
            }
        }

        assertThat(warnings)
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains(corrupt.id(), "cannot be read", "moved the file to"))
                .anySatisfy(line -> assertThat(line).contains(unreadable.id(), "cannot be read", "moved the file to"));
        try (Stream<Path> files = Files.list(playlists)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(name -> name.startsWith(corrupt.id() + ".json.corrupt-"))
                    .anyMatch(name -> name.startsWith(unreadable.id() + ".json.corrupt-"))
                    .contains(corrupt.id() + ".json", unreadable.id() + ".json", healthy.id() + ".json");
        }
        assertThat(playlists.resolve(unreadable.id() + ".json")).isRegularFile();
    }

    /**
     * The playlist directory stops taking writes while a song plays: {@code chattr +i} (an immutable directory, which
     * stops root too, as CI runs), or without that capability {@code chmod a-w}; the test checks that the directory
     * really refuses a new file, and is skipped if neither works. Saving gets a clear reply and an error in the
     * log, the song plays on, the file keeps its old content with no temporary file left, and once the directory
     * takes writes again the next save is complete.
     */
    @Test
    void aPlaylistDirectoryThatRefusesWritesGetsAClearReplyAndPlaybackGoesOn() throws IOException {
        URI tone =
                http.serve("/tone.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(60)));
        Path playlists = dir.resolve("data/plugins/playlists/playlist");
        Path file = playlists.resolve(healthy.id() + ".json");
        try (Bot _ = startBot()) {
            reply(healthy, "create", Map.of("name", "mix"));
            reply(healthy, "use", Map.of("playlist", "mix"));
            assertThat(reply(healthy, "add", Map.of("song", tone.toString())).content())
                    .startsWith("Added");
            assertThat(reply(healthy, "play", Map.of()).content()).startsWith("Queued 1 track");
            SimVoice voice = sim.voice(healthy).awaitConnected(WAIT);
            voice.awaitAudio(Duration.ofSeconds(1), WAIT);
            byte[] before = Files.readAllBytes(file);

            List<String> errors;
            try (Logs logs = new Logs("dev.musicbot.runtime.discord.InteractionRouter");
                    ReadOnly _ = ReadOnly.make(playlists)) {
                AudioMark mark = voice.mark();
                SimMessage create = reply(healthy, "create", Map.of("name", "second"));
                assertThat(create.ephemeral()).isTrue();
                assertThat(create.content()).isEqualTo(StorageFailures.CANNOT_SAVE.toString());
                assertThat(reply(healthy, "add", Map.of("song", tone.toString()))
                                .content())
                        .isEqualTo(StorageFailures.CANNOT_SAVE.toString());
                assertThat(voice.awaitAudioAfter(mark, Duration.ofSeconds(2), WAIT)
                                .dominantFrequency())
                        .as("the song plays on")
                        .isCloseTo(440, within(5.0));
                errors = logs.messages(Level.ERROR);
            }

            assertThat(errors).hasSize(2).allSatisfy(line -> assertThat(line)
                    .contains(StorageFailures.CANNOT_SAVE.toString()));
            assertThat(file).as("the previous file, intact").hasBinaryContent(before);
            try (Stream<Path> files = Files.list(playlists)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
            }
            assertThat(reply(healthy, "create", Map.of("name", "second")).content())
                    .startsWith("Created playlist");
            assertThat(reply(healthy, "playlists", Map.of()).embeds().getFirst().description())
                    .contains("**mix** · 1 song", "**second** · 0 songs");
        }
    }

    /** Makes a directory refuse new files for as long as it is open; skips the test where nothing can. */
    private record ReadOnly(Path directory, boolean immutable) implements AutoCloseable {
        static ReadOnly make(Path directory) throws IOException {
            boolean immutable = run("chattr", "+i", directory.toString());
            if (!immutable) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
            ReadOnly readOnly = new ReadOnly(directory, immutable);
            try {
                Files.delete(Files.createTempFile(directory, "probe", ".tmp"));
                readOnly.close();
                Assumptions.abort("neither chattr +i nor chmod stops writes in " + directory);
            } catch (IOException expected) {
                // the directory refuses new files, as the test needs
            }
            return readOnly;
        }

        @Override
        public void close() throws IOException {
            if (immutable) {
                run("chattr", "-i", directory.toString());
            } else {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }

        private static boolean run(String... command) {
            try {
                Process process =
                        new ProcessBuilder(command).redirectErrorStream(true).start();
                process.getInputStream().transferTo(OutputStream.nullOutputStream());
                return process.waitFor() == 0;
            } catch (IOException e) {
                return false; // no chattr here
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private Bot startBot() {
        Bot bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"));
        sim.awaitCommand("create", WAIT);
        return bot;
    }

    private SimMessage reply(SimGuild guild, String command, Map<String, ?> options) {
        return sim.slash(guild, "alice", command, options).awaitResponse(WAIT);
    }

    private SimGuild guild(String name) {
        return sim.guild(name)
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
    }

    /** What one class logs while open. */
    private static final class Logs implements AutoCloseable {
        private final Logger logger;
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

        Logs(Class<?> source) {
            this(source.getName());
        }

        Logs(String name) {
            logger = (Logger) LoggerFactory.getLogger(name);
            appender.start();
            logger.addAppender(appender);
        }

        List<String> messages(Level level) {
            synchronized (appender) {
                return appender.list.stream()
                        .filter(event -> event.getLevel() == level)
                        .map(ILoggingEvent::getFormattedMessage)
                        .toList();
            }
        }

        @Override
        public void close() {
            logger.detachAppender(appender);
            appender.stop();
        }
    }
}
