package dev.musicbot.testkit;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord snowflake ids that encode the current time, as real ids do.
 *
 * <p>JDA computes an interaction's 15-minute expiry from its id, so interaction ids must be "now"; the
 * simulator uses this generator for every id it invents (guilds, channels, users, messages).
 */
public final class Snowflake {
    /** Discord's epoch, 2015-01-01T00:00:00Z, in Unix milliseconds. */
    public static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private static final AtomicLong LAST = new AtomicLong();
    private static final AtomicLong SHARDED = new AtomicLong();
    /** Sharded ids set bit 21, which {@link #next()} reaches only after two million ids in one millisecond. */
    private static final long SHARDED_BIT = 1L << 21;

    private Snowflake() {}

    /** A new id, unique in this JVM, whose timestamp is the current time. */
    public static String next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22;
        return Long.toUnsignedString(LAST.updateAndGet(last -> Math.max(last + 1, candidate)));
    }

    /**
     * A new id that Discord routes to shard {@code shard} of {@code total}: its timestamp is the latest millisecond
     * up to now with {@code timestamp % total == shard}, its low bits a counter (unique for two million ids).
     */
    public static String onShard(int shard, int total) {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH_MILLIS;
        millis -= Math.floorMod(millis - shard, (long) total);
        return Long.toUnsignedString((millis << 22) | SHARDED_BIT | (SHARDED.incrementAndGet() & (SHARDED_BIT - 1)));
    }

    /** The creation time encoded in a snowflake. */
    public static Instant timestamp(String id) {
        return Instant.ofEpochMilli((Long.parseUnsignedLong(id) >>> 22) + DISCORD_EPOCH_MILLIS);
    }
}
