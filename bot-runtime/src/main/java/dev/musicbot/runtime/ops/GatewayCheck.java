package dev.musicbot.runtime.ops;

import java.util.Locale;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;

/**
 * The Discord gateway: up when JDA is connected, down while it reconnects, fatal once JDA has given up (shut
 * down, or the login was refused).
 */
final class GatewayCheck implements HealthCheck {
    private final Supplier<JDA.Status> status;

    GatewayCheck(Supplier<JDA.Status> status) {
        this.status = status;
    }

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public Status check() {
        JDA.Status now = status.get();
        String detail = now.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (now) {
            case CONNECTED -> Status.up(detail);
            case SHUTTING_DOWN, SHUTDOWN, FAILED_TO_LOGIN -> Status.fatal(detail);
            default -> Status.down(detail);
        };
    }

    /** Whether the session is connected now. */
    boolean connected() {
        return status.get() == JDA.Status.CONNECTED;
    }
}
