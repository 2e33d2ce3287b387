package dev.musicbot.distribution;

import java.util.List;

/**
 * A finished process.
 *
 * @param command the command line
 * @param exitCode its exit code
 * @param out everything it printed on stdout
 * @param err everything it printed on stderr
 */
record Run(List<String> command, int exitCode, String out, String err) {

    /** Everything about the run, for assertion messages. */
    String describe() {
        return String.join(" ", command) + "\nexit code " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
