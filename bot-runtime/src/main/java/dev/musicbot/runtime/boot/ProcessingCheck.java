package dev.musicbot.runtime.boot;

import dev.musicbot.runtime.ops.HealthCheck;
import dev.musicbot.runtime.processing.ProcessingService;

/** Readiness of the processing pipeline: every worker thread is alive. */
record ProcessingCheck(ProcessingService processing) implements HealthCheck {

    @Override
    public String name() {
        return "processing";
    }

    @Override
    public Status check() {
        return processing.workersAlive()
                ? Status.up("all workers alive")
                : Status.down("a processing worker has stopped");
    }
}
