package dev.musicbot.runtime.ops;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every check's status at one moment. Ready when every check is up; live unless a check is fatal.
 *
 * @param checks each check's status by name, in registration order
 */
public record HealthReport(Map<String, HealthCheck.Status> checks) {
    public HealthReport {
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    public boolean ready() {
        return checks.values().stream().allMatch(s -> s.state() == HealthCheck.State.UP);
    }

    public boolean live() {
        return checks.values().stream().noneMatch(s -> s.state() == HealthCheck.State.FATAL);
    }

    /**
     * {@code {"status":"UP"|"DOWN","checks":{"gateway":{"status":"UP","detail":"..."},...}}}; a check with more to
     * say has a {@code data} member too.
     */
    ObjectNode toJson(boolean up) {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("status", up ? "UP" : "DOWN");
        ObjectNode each = root.putObject("checks");
        checks.forEach((name, status) -> {
            ObjectNode check =
                    each.putObject(name).put("status", status.state().name()).put("detail", status.detail());
            if (status.data() != null) {
                check.set("data", status.data());
            }
        });
        return root;
    }
}
