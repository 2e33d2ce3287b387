/**
 * The processing pipeline of the original bot: each request is a {@link dev.musicbot.runtime.processing.Song}
 * that goes {@code PENDING -> PROCESSING -> READY | FAILED} on a bounded pool of workers, by priority, with a
 * cache of resolved results and, per source, retries with exponential backoff and a circuit breaker.
 */
@NullMarked
package dev.musicbot.runtime.processing;

import org.jspecify.annotations.NullMarked;
