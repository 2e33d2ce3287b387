package dev.musicbot.api.source;

/** Where a queued resolution is: {@code PENDING -> PROCESSING -> READY | FAILED}, and back to PENDING to retry. */
public enum LoadState {
    /** Waiting for a worker (or for its next attempt). */
    PENDING,
    /** A worker is resolving it. */
    PROCESSING,
    /** Resolved: the result has tracks. */
    READY,
    /** Resolution ended without tracks (no match, a user-facing error, or attempts exhausted). */
    FAILED
}
