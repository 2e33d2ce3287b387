package dev.musicbot.runtime.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StallDetectorTest {
    private final List<String> events = new ArrayList<>();
    private final StallDetector detector = new StallDetector(new StallDetector.Listener() {
        @Override
        public void stalled() {
            events.add("stalled");
        }

        @Override
        public void recovered(long missedFrames) {
            events.add("recovered after " + missedFrames);
        }
    });
    private final Object track = new Object();

    @Test
    void aLongRunOfMissedFramesIsOneStallReportedOnceEachWay() {
        detector.sent(track);
        for (int i = 0; i < 40; i++) {
            detector.missed(track);
        }
        detector.sent(track);

        assertThat(events).containsExactly("stalled", "recovered after 40");
    }

    @Test
    void shortGapsAreNoStall() {
        detector.sent(track);
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < StallDetector.MIN_FRAMES - 1; i++) {
                detector.missed(track);
            }
            detector.sent(track);
        }

        assertThat(events).isEmpty();
    }

    @Test
    void aTrackThatHasNotStartedYetIsNotStalled() {
        Object next = new Object();
        detector.sent(track);
        for (int i = 0; i < 50; i++) {
            detector.missed(next); // loading: no frame of the new track yet
        }
        detector.sent(next);

        assertThat(events).isEmpty();
    }
}
