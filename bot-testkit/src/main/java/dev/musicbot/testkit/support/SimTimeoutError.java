package dev.musicbot.testkit.support;

/** Thrown by the simulator's {@code await*} methods when the awaited state did not arrive in time. */
public final class SimTimeoutError extends AssertionError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message describing what was awaited and what was seen instead. */
    public SimTimeoutError(String message) {
        super(message);
    }
}
