package dev.musicbot.runtime.ops;

/** A check whose answer the test sets. */
final class FixedCheck implements HealthCheck {
    private final String name;
    private volatile Status status;

    FixedCheck(String name, Status status) {
        this.name = name;
        this.status = status;
    }

    void set(Status newStatus) {
        status = newStatus;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Status check() {
        return status;
    }
}
