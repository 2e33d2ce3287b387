package dev.musicbot.runtime.ops;

import dev.musicbot.api.GuildId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies that every player that should be in voice is connected. A connection down for less than the grace
 * period is left to JDA, which reconnects by itself after most failures; one down for longer makes the check
 * fail, and {@link #repair} asks the player to rejoin its channel (only while the gateway is connected, since
 * joining needs it).
 */
final class VoiceWatch implements HealthCheck {
    private static final Logger log = LoggerFactory.getLogger(VoiceWatch.class);

    private final Voices voices;
    private final long graceNanos;
    private final LongSupplier nanoClock;
    private final Map<GuildId, Long> downSince = new ConcurrentHashMap<>();

    VoiceWatch(Voices voices, Duration grace, LongSupplier nanoClock) {
        this.voices = voices;
        this.graceNanos = grace.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public String name() {
        return "voice";
    }

    @Override
    public Status check() {
        List<GuildId> expected = voices.expected();
        List<GuildId> lost = lost(expected);
        if (lost.isEmpty()) {
            return Status.up(expected.size() + " connection(s) as expected");
        }
        return Status.down(lost.size() + " of " + expected.size() + " connection(s) down for over "
                + Duration.ofNanos(graceNanos).toSeconds() + " s: guild(s) " + lost);
    }

    /**
     * Asks every player whose connection stayed down past the grace period to rejoin; each is then given
     * another grace period before it is asked again.
     *
     * @return the guilds asked to rejoin
     */
    List<GuildId> repair(boolean gatewayConnected) {
        if (!gatewayConnected) {
            return List.of();
        }
        List<GuildId> lost = lost(voices.expected());
        for (GuildId guild : lost) {
            log.warn("Guild {}: the voice connection stayed down; rejoining the voice channel", guild);
            downSince.put(guild, nanoClock.getAsLong());
            try {
                voices.rejoin(guild);
            } catch (RuntimeException e) {
                log.warn("Guild {}: rejoining voice failed", guild, e);
            }
        }
        return lost;
    }

    /** The expected guilds not connected for longer than the grace period; updates when each went down. */
    private List<GuildId> lost(List<GuildId> expected) {
        long now = nanoClock.getAsLong();
        downSince.keySet().retainAll(expected);
        return expected.stream()
                .filter(guild -> {
                    if (voices.connected(guild)) {
                        downSince.remove(guild);
                        return false;
                    }
                    return now - downSince.computeIfAbsent(guild, g -> now) >= graceNanos;
                })
                .toList();
    }
}
