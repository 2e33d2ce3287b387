package dev.musicbot.runtime.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The registered checks; more can be added while the bot runs. */
public final class HealthChecks {
    private static final Logger log = LoggerFactory.getLogger(HealthChecks.class);

    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

    /**
     * Adds a check.
     *
     * @throws IllegalArgumentException if a check with that name is registered already
     */
    public synchronized void add(HealthCheck check) {
        if (checks.stream().anyMatch(c -> c.name().equals(check.name()))) {
            throw new IllegalArgumentException("a health check named '" + check.name() + "' exists already");
        }
        checks.add(check);
    }

    /** Runs every check now. */
    public HealthReport report() {
        Map<String, HealthCheck.Status> statuses = new LinkedHashMap<>();
        for (HealthCheck check : checks) {
            statuses.put(check.name(), run(check));
        }
        return new HealthReport(statuses);
    }

    private static HealthCheck.Status run(HealthCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            log.warn("Health check '{}' failed", check.name(), e);
            return HealthCheck.Status.down("the check failed: " + e);
        }
    }
}
