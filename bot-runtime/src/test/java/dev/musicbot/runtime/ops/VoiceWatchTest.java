package dev.musicbot.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.GuildId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Voice verification: JDA gets a grace period; a connection down for longer fails the check and is rejoined. */
class VoiceWatchTest {
    private static final GuildId ONE = new GuildId(111111111111111111L);
    private static final GuildId TWO = new GuildId(222222222222222222L);

    private final AtomicLong clock = new AtomicLong();
    private final FakeVoices voices = new FakeVoices();
    private final VoiceWatch watch = new VoiceWatch(voices, Duration.ofSeconds(60), clock::get);

    @Test
    void connectedPlayersAreHealthy() {
        voices.expected.addAll(List.of(ONE, TWO));
        voices.connected.addAll(List.of(ONE, TWO));

        assertThat(watch.check()).isEqualTo(HealthCheck.Status.up("2 connection(s) as expected"));
        assertThat(watch.repair(true)).isEmpty();
    }

    @Test
    void aConnectionDownPastTheGracePeriodFailsTheCheckAndIsRejoinedOnceTheGatewayIsUp() {
        voices.expected.addAll(List.of(ONE, TWO));
        voices.connected.add(ONE);

        assertThat(watch.check().state()).isEqualTo(HealthCheck.State.UP); // JDA may still be reconnecting
        assertThat(watch.repair(true)).isEmpty();

        advance(Duration.ofSeconds(61));
        HealthCheck.Status down = watch.check();
        assertThat(down.state()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.detail()).isEqualTo("1 of 2 connection(s) down for over 60 s: guild(s) [" + TWO + "]");

        assertThat(watch.repair(false)).as("no rejoin without the gateway").isEmpty();
        assertThat(voices.rejoined).isEmpty();
        assertThat(watch.repair(true)).containsExactly(TWO);
        assertThat(voices.rejoined).containsExactly(TWO);

        advance(Duration.ofSeconds(30));
        assertThat(watch.repair(true))
                .as("the rejoin gets its own grace period")
                .isEmpty();
        voices.connected.add(TWO);
        assertThat(watch.check().state()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void aPlayerThatLeftIsForgotten() {
        voices.expected.add(ONE);
        watch.check();
        advance(Duration.ofSeconds(61));
        voices.expected.clear();

        assertThat(watch.check()).isEqualTo(HealthCheck.Status.up("0 connection(s) as expected"));
        voices.expected.add(ONE);
        assertThat(watch.check().state()).as("a new wait starts").isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void aFailedRejoinIsTriedAgainAfterAnotherGracePeriod() {
        voices.expected.add(ONE);
        voices.failRejoin = true;
        watch.check();
        advance(Duration.ofSeconds(61));
        assertThat(watch.repair(true)).containsExactly(ONE);
        advance(Duration.ofSeconds(61));
        assertThat(watch.repair(true)).containsExactly(ONE);
        assertThat(voices.rejoined).containsExactly(ONE, ONE);
    }

    private void advance(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }

    private static final class FakeVoices implements Voices {
        final List<GuildId> expected = new ArrayList<>();
        final Set<GuildId> connected = new HashSet<>();
        final List<GuildId> rejoined = new ArrayList<>();
        boolean failRejoin;

        @Override
        public List<GuildId> expected() {
            return List.copyOf(expected);
        }

        @Override
        public boolean connected(GuildId guild) {
            return connected.contains(guild);
        }

        @Override
        public void rejoin(GuildId guild) {
            rejoined.add(guild);
            if (failRejoin) {
                throw new IllegalStateException("Discord said no");
            }
        }
    }
}
