package dev.musicbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTest {
    private static final String TEXT = """
            # HELP musicbot_frames_missed_total 20 ms ticks with a track playing but no frame ready
            # TYPE musicbot_frames_missed_total counter
            musicbot_frames_missed_total{guild="101"} 3.0
            musicbot_frames_missed_total{guild="202",source="a \\"b\\""} 4.0
            jvm_threads_live_threads 42.0
            """;

    @Test
    void readsValuesByLabelAndInTotal() {
        Prometheus metrics = Prometheus.parse(TEXT);

        assertThat(metrics.byLabel("musicbot_frames_missed_total", "guild")).isEqualTo(Map.of("101", 3.0, "202", 4.0));
        assertThat(metrics.sum("musicbot_frames_missed_total")).isEqualTo(7.0);
        assertThat(metrics.sum("jvm_threads_live_threads")).isEqualTo(42.0);
        assertThat(metrics.has("jvm_threads_live_threads")).isTrue();
        assertThat(metrics.has("musicbot_frames_sent_total")).isFalse();
    }
}
