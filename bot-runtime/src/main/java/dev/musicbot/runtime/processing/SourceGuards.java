package dev.musicbot.runtime.processing;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.config.BotConfig;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls resolvers through a retry (exponential backoff, for unexpected faults only) and a circuit breaker per
 * source. Only faults of the infrastructure count against the breaker: a user-facing error of severity FAULT (a
 * timeout, an outage) counts but is not retried, an unexpected exception counts and is retried. The member's
 * mistakes never count, so one member cannot pause a source for everyone: ordinary user-facing errors (nothing
 * found, a private video) and an {@link IllegalArgumentException} (the resolver refused the input) count as
 * successes and are answered at once.
 */
final class SourceGuards {
    private static final Logger log = LoggerFactory.getLogger(SourceGuards.class);

    private final RetryConfig retryConfig;
    private final CircuitBreakerConfig breakerConfig;
    private final MeterRegistry meters;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    SourceGuards(BotConfig.Processing config, MeterRegistry meters) {
        this.meters = meters;
        this.retryConfig = RetryConfig.custom()
                .maxAttempts(Math.max(1, config.maxAttempts()))
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Math.max(1, config.backoffMs()), 2.0))
                .retryExceptions(SourceFault.class)
                .build();
        int window = Math.max(1, config.breakerWindow());
        this.breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(window)
                .failureRateThreshold(Math.clamp(config.breakerFailureRate(), 1, 100))
                .waitDurationInOpenState(Duration.ofSeconds(Math.max(1, config.breakerOpenSeconds())))
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(SourceFault.class, ReportedFault.class)
                .build();
    }

    /** What the caller hears about attempts: called before each retry, with the attempt about to start. */
    interface Attempts {
        Attempts NONE = attempt -> {};

        void retrying(int nextAttempt);
    }

    ResolveResult call(SourceResolver resolver, TrackQuery query, Attempts attempts) {
        Guard guard = guards.computeIfAbsent(resolver.id(), this::newGuard);
        Retry.Context<ResolveResult> retry = guard.retry().context();
        int attempt = 1;
        while (true) {
            try {
                ResolveResult result = guard.breaker().executeSupplier(() -> once(resolver, query));
                retry.onComplete();
                return result;
            } catch (SourceFault fault) {
                if (!waitToRetry(retry, fault, resolver.id())) {
                    return new ResolveResult.Failed(
                            new UserFacingException(RuntimeMessages.text("source.fault"), Severity.FAULT, fault));
                }
                attempts.retrying(++attempt);
            } catch (ReportedFault reported) {
                return new ResolveResult.Failed(reported.error());
            } catch (CallNotPermittedException open) {
                return paused(resolver);
            }
        }
    }

    /** Waits out the backoff; false when the attempts are used up. */
    private static boolean waitToRetry(Retry.Context<ResolveResult> retry, SourceFault fault, String sourceId) {
        try {
            retry.onRuntimeError(fault); // rethrows once the attempts are used up; otherwise sleeps
            log.warn(
                    "Source '{}' failed; retrying: {}",
                    sourceId,
                    fault.getCause().toString());
            return true;
        } catch (SourceFault exhausted) {
            log.error("Source '{}' failed after every attempt", sourceId, exhausted.getCause());
            return false;
        }
    }

    /** The breaker state of a source, for tests and health: CLOSED, OPEN or HALF_OPEN. */
    CircuitBreaker.State state(String sourceId) {
        Guard guard = guards.get(sourceId);
        return guard == null ? CircuitBreaker.State.CLOSED : guard.breaker().getState();
    }

    private static ResolveResult once(SourceResolver resolver, TrackQuery query) {
        ResolveResult result;
        try {
            result = resolver.resolve(query);
        } catch (UserFacingException e) {
            result = new ResolveResult.Failed(e);
        } catch (IllegalArgumentException e) {
            log.info("Source '{}' refused the input: {}", resolver.id(), e.toString());
            result = new ResolveResult.Failed(
                    new UserFacingException(RuntimeMessages.text("source.invalid"), Severity.COMMON, e));
        } catch (RuntimeException e) {
            throw new SourceFault(resolver.id(), e);
        }
        if (result instanceof ResolveResult.Failed(UserFacingException error) && error.severity() == Severity.FAULT) {
            throw new ReportedFault(error);
        }
        return result;
    }

    private ResolveResult paused(SourceResolver resolver) {
        long seconds = breakerConfig.getWaitIntervalFunctionInOpenState().apply(1) / 1000;
        return new ResolveResult.Failed(new UserFacingException(
                RuntimeMessages.text("source.paused", resolver.id(), seconds), Severity.SUSPICIOUS));
    }

    private Guard newGuard(String sourceId) {
        Retry retry = Retry.of(sourceId, retryConfig);
        CircuitBreaker breaker = CircuitBreaker.of(sourceId, breakerConfig);
        Counter retries = Counter.builder("musicbot.source.retries")
                .description("Retries after a resolver fault")
                .tag("source", sourceId)
                .register(meters);
        retry.getEventPublisher().onRetry(event -> retries.increment());
        Gauge.builder("musicbot.source.breaker.open", breaker, b -> b.getState() == CircuitBreaker.State.OPEN ? 1 : 0)
                .description("1 while the source's circuit breaker is open")
                .tag("source", sourceId)
                .register(meters);
        breaker.getEventPublisher().onStateTransition(event -> {
            log.warn("Source '{}': circuit breaker {}", sourceId, event.getStateTransition());
            meters.counter(
                            "musicbot.source.breaker.transitions",
                            "source",
                            sourceId,
                            "to",
                            event.getStateTransition().getToState().name())
                    .increment();
        });
        return new Guard(retry, breaker);
    }

    private record Guard(Retry retry, CircuitBreaker breaker) {}

    /** An unexpected exception from a resolver: retried, and counted by the breaker. */
    static final class SourceFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SourceFault(String sourceId, RuntimeException cause) {
            super("resolver '" + sourceId + "' failed", cause);
        }
    }

    /** A user-facing error of severity FAULT: counted by the breaker, not retried. */
    static final class ReportedFault extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient UserFacingException error;

        ReportedFault(UserFacingException error) {
            super(error.getMessage(), error, false, false);
            this.error = error;
        }

        UserFacingException error() {
            return error;
        }
    }
}
