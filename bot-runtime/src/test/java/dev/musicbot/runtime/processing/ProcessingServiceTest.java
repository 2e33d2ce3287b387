package dev.musicbot.runtime.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.source.LoadPriority;
import dev.musicbot.api.source.LoadRequest;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.runtime.TestConfigs;
import dev.musicbot.runtime.config.BotConfig;
import dev.musicbot.runtime.plugin.ExtensionRegistry;
import dev.musicbot.runtime.processing.ScriptedResolver.Step;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache, the retries with backoff and the circuit breaker, through the runtime's real TrackLoader. */
class ProcessingServiceTest {
    @TempDir
    Path dir;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private ProcessingService service;

    private ProcessingService start(SourceResolver resolver, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of(
                "processing.backoff-ms", "200",
                "processing.max-attempts", "3",
                "processing.breaker-window", "4",
                "processing.breaker-failure-rate", "50",
                "processing.breaker-open-seconds", "1"));
        all.putAll(settings);
        BotConfig config = TestConfigs.load(dir, all).config();
        ExtensionRegistry registry = new ExtensionRegistry();
        registry.register("test", SourceResolver.class, resolver);
        service = new ProcessingService(registry, config, meters);
        return service;
    }

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCache() {
        ScriptedResolver source = new ScriptedResolver("src", Step.TRACK);
        ProcessingService loader = start(source, Map.of());

        ResolveResult first = loader.load(new TrackQuery("src:song"));
        ResolveResult second = loader.load(new TrackQuery("src:song"));

        assertThat(second).isEqualTo(first);
        assertThat(source.calls).containsExactly("src:song");
        assertThat(meters.get("cache.gets")
                        .tag("result", "hit")
                        .functionCounter()
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.get("cache.gets")
                        .tag("result", "miss")
                        .functionCounter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void failuresAreNotCached() {
        ScriptedResolver source = new ScriptedResolver("src", Step.TRACK, Step.NO_MATCH);
        ProcessingService loader = start(source, Map.of());

        assertThat(loader.load(new TrackQuery("src:song"))).isInstanceOf(ResolveResult.NoMatch.class);
        assertThat(loader.load(new TrackQuery("src:song"))).isInstanceOf(ResolveResult.Single.class);
        assertThat(source.calls).hasSize(2);
    }

    @Test
    void faultsAreRetriedWithExponentialBackoffAndTheSongGoesBackToPending() throws Exception {
        List<Long> callTimes = new CopyOnWriteArrayList<>();
        ScriptedResolver source = new ScriptedResolver("src", Step.TRACK, Step.THROW, Step.THROW).onCall(q -> {
            callTimes.add(System.nanoTime());
            return null;
        });
        ProcessingService loader = start(source, Map.of());
        List<String> states = new CopyOnWriteArrayList<>();

        ResolveResult result = loader.submit(new LoadRequest(
                        new TrackQuery("src:flaky"),
                        LoadPriority.URGENT,
                        null,
                        (state, attempt) -> states.add(state + "#" + attempt)))
                .get();

        assertThat(result).isInstanceOf(ResolveResult.Single.class);
        assertThat(states)
                .containsExactly("PROCESSING#1", "PENDING#1", "PROCESSING#2", "PENDING#2", "PROCESSING#3", "READY#3");
        long firstGap = Duration.ofNanos(callTimes.get(1) - callTimes.get(0)).toMillis();
        long secondGap = Duration.ofNanos(callTimes.get(2) - callTimes.get(1)).toMillis();
        assertThat(firstGap).isGreaterThanOrEqualTo(190);
        assertThat(secondGap).isGreaterThanOrEqualTo(390); // doubled
        assertThat(meters.get("musicbot.source.retries")
                        .tag("source", "src")
                        .counter()
                        .count())
                .isEqualTo(2.0);
    }

    @Test
    void whenEveryAttemptFailsTheUserGetsAPoliteFailure() {
        ScriptedResolver source = new ScriptedResolver("src", Step.THROW);
        ProcessingService loader = start(source, Map.of("processing.backoff-ms", "10"));

        ResolveResult result = loader.load(new TrackQuery("src:broken"));

        assertThat(result).isInstanceOfSatisfying(ResolveResult.Failed.class, failed -> assertThat(
                        failed.error().getMessage())
                .contains("Something went wrong"));
        assertThat(source.calls).hasSize(3);
    }

    @Test
    void theCircuitBreakerOpensAfterRepeatedFaultsAndClosesAfterASuccessfulTrial() throws Exception {
        ScriptedResolver source =
                new ScriptedResolver("src", Step.TRACK, Step.FAULT, Step.FAULT, Step.FAULT, Step.FAULT);
        ProcessingService loader = start(source, Map.of());

        for (int i = 0; i < 4; i++) {
            assertThat(loader.load(new TrackQuery("src:timeout-" + i))).isInstanceOf(ResolveResult.Failed.class);
        }
        assertThat(loader.breakerState("src")).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(meters.get("musicbot.source.breaker.open")
                        .tag("source", "src")
                        .gauge()
                        .value())
                .isEqualTo(1.0);

        ResolveResult refused = loader.load(new TrackQuery("src:while-open"));
        assertThat(refused).isInstanceOfSatisfying(ResolveResult.Failed.class, failed -> assertThat(
                        failed.error().getMessage())
                .contains("paused"));
        assertThat(source.calls).hasSize(4); // the resolver was not called while open

        Thread.sleep(1100);
        assertThat(loader.load(new TrackQuery("src:after"))).isInstanceOf(ResolveResult.Single.class);
        assertThat(loader.breakerState("src")).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(meters.get("musicbot.source.breaker.open")
                        .tag("source", "src")
                        .gauge()
                        .value())
                .isEqualTo(0.0);
        assertThat(meters.get("musicbot.source.breaker.transitions")
                        .tag("to", "OPEN")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void inputTheResolverRefusesIsAnsweredAtOnceAndNeverOpensTheBreaker() {
        ScriptedResolver source = new ScriptedResolver("src", Step.REFUSE);
        ProcessingService loader = start(source, Map.of());

        for (int i = 0; i < 8; i++) {
            assertThat(loader.load(new TrackQuery("src:bad-" + i)))
                    .isInstanceOfSatisfying(ResolveResult.Failed.class, failed -> assertThat(
                                    failed.error().getMessage())
                            .isEqualTo("I can't look that up: it is not a valid link or search text."));
        }
        assertThat(source.calls).as("not retried").hasSize(8);
        assertThat(loader.breakerState("src")).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void inputWithControlCharactersIsRefusedBeforeAnyResolverSeesIt() {
        ScriptedResolver source = new ScriptedResolver("src", Step.TRACK);
        ProcessingService loader = start(source, Map.of());

        assertThat(loader.load(new TrackQuery("src:a\u0000b")))
                .isInstanceOfSatisfying(
                        ResolveResult.Failed.class,
                        failed -> assertThat(failed.error().getMessage()).contains("control character"));
        assertThat(source.calls).isEmpty();
    }

    @Test
    void aQueryNoResolverAcceptsIsANoMatch() {
        ProcessingService loader = start(new ScriptedResolver("src", Step.TRACK), Map.of());

        assertThat(loader.load(new TrackQuery("other:thing"))).isInstanceOf(ResolveResult.NoMatch.class);
    }

    @Test
    void submittedSongsAreCountedAndTimed() throws Exception {
        ProcessingService loader = start(new ScriptedResolver("src", Step.TRACK, Step.NO_MATCH), Map.of());

        loader.submit(LoadRequest.of(new TrackQuery("src:a"), LoadPriority.NORMAL, null))
                .get();
        loader.submit(LoadRequest.of(new TrackQuery("src:b"), LoadPriority.NORMAL, null))
                .get();

        assertThat(meters.get("musicbot.processing.tasks")
                        .tag("outcome", "failed")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.get("musicbot.processing.tasks")
                        .tag("outcome", "ready")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.get("musicbot.processing.duration").timer().count()).isEqualTo(2);
        assertThat(meters.find("musicbot.processing.worker.tasks").counters().stream()
                        .mapToDouble(c -> c.count())
                        .sum())
                .isEqualTo(2.0);
        assertThat(loader.workersAlive()).isTrue();
    }
}
