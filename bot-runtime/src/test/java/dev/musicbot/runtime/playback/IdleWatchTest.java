package dev.musicbot.runtime.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleWatchTest {
    private static final long SECOND = 1_000_000_000L;
    private final IdleWatch watch = new IdleWatch(Duration.ofSeconds(60), Duration.ofSeconds(300));

    @Test
    void staysWhileListenersArePresentAndMusicPlays() {
        for (long t = 0; t < 1000; t += 10) {
            assertThat(watch.check(t * SECOND, 2, true)).isNull();
        }
    }

    @Test
    void leavesAfterBeingAloneForTheLimit() {
        assertThat(watch.check(0, 0, true)).isNull();
        assertThat(watch.check(59 * SECOND, 0, true)).isNull();
        assertThat(watch.check(60 * SECOND, 0, true)).hasToString("everyone left the channel");
    }

    @Test
    void aListenerReturningResetsTheAloneClock() {
        watch.check(0, 0, true);
        watch.check(50 * SECOND, 1, true);
        assertThat(watch.check(100 * SECOND, 0, true)).isNull();
        assertThat(watch.check(160 * SECOND, 0, true)).hasToString("everyone left the channel");
    }

    @Test
    void leavesAfterIdlingForTheLimitEvenWithListeners() {
        assertThat(watch.check(0, 3, false)).isNull();
        assertThat(watch.check(299 * SECOND, 3, false)).isNull();
        assertThat(watch.check(300 * SECOND, 3, false)).hasToString("nothing was playing for a while");
    }

    @Test
    void musicStartingAgainResetsTheIdleClock() {
        watch.check(0, 1, false);
        watch.check(200 * SECOND, 1, true);
        assertThat(watch.check(400 * SECOND, 1, false)).isNull();
    }
}
