package dev.musicbot.bench;

import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The audio every guild plays, written by ffmpeg and served over loopback HTTP (the bot and the baseline load
 * the same URLs): a tone per file, so a decoded sample shows which file a guild heard.
 */
final class Fixtures implements AutoCloseable {
    /** One served file and the tone in it. */
    record Track(String name, URI uri, double hz) {}

    private final AudioHttpServer http = AudioHttpServer.start();
    private final Track webm;
    private final Track ogg;
    private final Track mp3;

    Fixtures(Path dir, Duration length) {
        webm = serve(dir, AudioFileFormat.WEBM_OPUS, 440, length);
        ogg = serve(dir, AudioFileFormat.OGG_OPUS, 660, length);
        mp3 = serve(dir, AudioFileFormat.MP3, 550, length);
    }

    private Track serve(Path dir, AudioFileFormat format, double hz, Duration length) {
        Path file = AudioFixtures.sine(dir, format, hz, length);
        String name = "tone-" + (int) hz + "." + format.extension();
        return new Track(format.name(), http.serve("/bench/" + name, file), hz);
    }

    /** What guild {@code index} plays in a mode: WebM and Ogg Opus in turn (passthrough), or MP3 (transcoded). */
    Track track(Mode mode, int index) {
        return switch (mode) {
            case PASSTHROUGH -> index % 2 == 0 ? webm : ogg;
            case TRANSCODED -> mp3;
        };
    }

    /** The tracks of the first {@code count} guilds. */
    List<Track> tracks(Mode mode, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> track(mode, i))
                .toList();
    }

    /** The two stream phases. */
    enum Mode {
        /** WebM/Opus and Ogg/Opus, 48 kHz stereo, volume 100, no filters: LavaPlayer passes the Opus through. */
        PASSTHROUGH("WebM/Opus + Ogg/Opus"),
        /** MP3: decoded and encoded to Opus again. */
        TRANSCODED("MP3");

        private final String fixtures;

        Mode(String fixtures) {
            this.fixtures = fixtures;
        }

        String fixtures() {
            return fixtures;
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
