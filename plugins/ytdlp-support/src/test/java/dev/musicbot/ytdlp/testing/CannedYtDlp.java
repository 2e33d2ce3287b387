package dev.musicbot.ytdlp.testing;

import dev.musicbot.ytdlp.ProcessYtDlp;
import dev.musicbot.ytdlp.YtDlp;
import dev.musicbot.ytdlp.YtDlpSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SequencedMap;

/**
 * A fake yt-dlp executable that answers with recorded JSON chosen by its target (the last argument) and logs
 * each target, so resolver tests see exactly what yt-dlp was asked without any network.
 */
public final class CannedYtDlp {
    private final Path dir;

    /**
     * Writes the fake.
     *
     * @param dir a directory of its own
     * @param answers {@code case} patterns for the target, in order, to the JSON printed for them
     */
    public CannedYtDlp(Path dir, SequencedMap<String, String> answers) {
        this.dir = dir;
        StringBuilder cases = new StringBuilder();
        int n = 0;
        for (var answer : answers.entrySet()) {
            Path json = dir.resolve("answer-" + n++ + ".json");
            write(json, answer.getValue());
            cases.append("  ")
                    .append(answer.getKey())
                    .append(") cat '")
                    .append(json)
                    .append("' ;;\n");
        }
        Scripts.write(dir, "yt-dlp", """
                for a do last="$a"; done
                echo "$last" >> '%s'
                case "$last" in
                %s  *) echo "ERROR: no canned answer for $last" >&2; exit 1 ;;
                esac""".formatted(dir.resolve("targets.log"), cases));
    }

    /**
     * A client that runs the fake.
     *
     * @param configSection the plugin's section
     * @param site the site's name
     * @return the client
     */
    public YtDlp ytDlp(String configSection, String site) {
        return new ProcessYtDlp(
                YtDlpSettings.of(configSection, site, dir.resolve("yt-dlp").toString(), null, null, 30, null));
    }

    /**
     * The targets yt-dlp was run with, in order.
     *
     * @return the targets
     */
    public List<String> targets() {
        try {
            Path log = dir.resolve("targets.log");
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A test resource's text.
     *
     * @param owner the class whose package the resource is relative to
     * @param name the resource name
     * @return its UTF-8 text
     */
    public static String resource(Class<?> owner, String name) {
        try (var in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name + " next to " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
