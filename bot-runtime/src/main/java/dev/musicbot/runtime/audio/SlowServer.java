package dev.musicbot.runtime.audio;

import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.RuntimeMessages;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Tells a server that did not answer in time apart from other failures. LavaPlayer reports both as "Connecting
 * to the URL failed"; its cause is a connect or read timeout (both {@link InterruptedIOException}s) when the
 * server was only too slow.
 */
public final class SlowServer {
    private SlowServer() {}

    /** "the server did not answer in N s" (in the reader's language) when the failure was a timeout; empty otherwise. */
    public static Optional<Text> describe(Throwable failure, Duration timeout) {
        return timedOut(failure)
                ? Optional.of(RuntimeMessages.text("http.server-slow", timeout.toSeconds()))
                : Optional.empty();
    }

    /** "the server did not answer in time" (in the reader's language) when the failure was a timeout; empty otherwise. */
    public static Optional<Text> describe(Throwable failure) {
        return timedOut(failure) ? Optional.of(RuntimeMessages.text("http.server-slow-unknown")) : Optional.empty();
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }
}
