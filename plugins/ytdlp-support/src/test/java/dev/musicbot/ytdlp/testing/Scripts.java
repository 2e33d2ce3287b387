package dev.musicbot.ytdlp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Small executable shell scripts for tests: fake and wrapping yt-dlp executables. */
public final class Scripts {
    /** The real yt-dlp (Debian's package). */
    public static final Path REAL_YT_DLP = Path.of("/usr/bin/yt-dlp");

    private Scripts() {}

    /**
     * Writes an executable {@code /bin/sh} script.
     *
     * @param dir the directory
     * @param name the file name
     * @param body the script after the {@code #!/bin/sh} line
     * @return the script
     */
    public static Path write(Path dir, String name, String body) {
        Path script = dir.resolve(name);
        try {
            Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script;
    }

    /**
     * A wrapper that rewrites arguments with {@code case} patterns, then runs the real yt-dlp with them: how
     * end-to-end tests send site URLs to loopback files. Example rewrite: pattern
     * {@code https://www.youtube.com/watch?v=*}, replacement {@code "http://127.0.0.1:8080/${a#*v=}.webm"}.
     *
     * @param dir the directory
     * @param name the file name
     * @param before shell lines run first (for example to fail on a special URL)
     * @param rewrites {@code case} patterns to replacement expressions for the argument {@code $a}, in order
     * @return the script
     */
    public static Path wrapper(Path dir, String name, String before, java.util.SequencedMap<String, String> rewrites) {
        StringBuilder body = new StringBuilder(before).append("\nfor a do\n  shift\n  case \"$a\" in\n");
        rewrites.forEach((pattern, replacement) -> body.append("    ")
                .append(pattern)
                .append(") a=")
                .append(replacement)
                .append(" ;;\n"));
        body.append("  esac\n  set -- \"$@\" \"$a\"\ndone\nexec ")
                .append(REAL_YT_DLP)
                .append(" \"$@\"");
        return write(dir, name, body.toString());
    }

    /**
     * A fake yt-dlp that prints a line on stderr and exits with a code, like a failing extraction.
     *
     * @param dir the directory
     * @param name the file name
     * @param stderrLine the line
     * @param exitCode the exit code
     * @return the script
     */
    public static Path failing(Path dir, String name, String stderrLine, int exitCode) {
        String quoted = "'" + stderrLine.replace("'", "'\\''") + "'";
        return write(dir, name, "echo '[youtube] Extracting URL' >&2\necho " + quoted + " >&2\nexit " + exitCode);
    }
}
