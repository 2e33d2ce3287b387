package dev.musicbot.runtime.state;

import java.io.Serial;

/** A stored state that cannot be used at all: not JSON, not ours, or of a newer schema. */
final class UnreadableStateException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    UnreadableStateException(String reason) {
        super(reason);
    }
}
