package dev.musicbot.runtime.playback;

import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.RuntimeMessages;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Decides when a player should leave voice: after it was alone (no listeners) or idle (nothing playing) for
 * longer than the configured times. Pure timing; the caller supplies the clock.
 */
final class IdleWatch {
    private final Duration aloneLimit;
    private final Duration idleLimit;
    private long aloneSince = -1;
    private long idleSince = -1;

    IdleWatch(Duration aloneLimit, Duration idleLimit) {
        this.aloneLimit = aloneLimit;
        this.idleLimit = idleLimit;
    }

    /** Why to leave now, or null to stay. */
    synchronized @Nullable Text check(long nowNanos, int listeners, boolean playing) {
        aloneSince = listeners == 0 ? (aloneSince < 0 ? nowNanos : aloneSince) : -1;
        idleSince = playing ? -1 : (idleSince < 0 ? nowNanos : idleSince);
        if (aloneSince >= 0 && nowNanos - aloneSince >= aloneLimit.toNanos()) {
            return RuntimeMessages.text("leave.reason.alone");
        }
        if (idleSince >= 0 && nowNanos - idleSince >= idleLimit.toNanos()) {
            return RuntimeMessages.text("leave.reason.idle");
        }
        return null;
    }
}
