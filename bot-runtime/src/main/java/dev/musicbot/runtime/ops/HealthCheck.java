package dev.musicbot.runtime.ops;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * One part of the bot's readiness: the gateway, the voice connections, the processing workers. Called by the
 * health endpoint on its request thread, possibly concurrently; it must answer quickly and never block.
 */
public interface HealthCheck {
    /** A stable, short name: the key in the endpoint's JSON (for example {@code gateway}). */
    String name();

    /** The current status; an exception counts as {@link State#DOWN}. */
    Status check();

    /** How a part is doing. */
    enum State {
        /** Working. */
        UP,
        /** Not working now, but may recover by itself (the bot is not ready). */
        DOWN,
        /** Will not recover without a restart (the bot is not live). */
        FATAL
    }

    /**
     * A check's answer.
     *
     * @param state how the part is doing
     * @param detail a short human-readable explanation
     * @param data more, as JSON, for the endpoint (each DAVE connection), or {@code null}
     */
    record Status(State state, String detail, @Nullable JsonNode data) {
        public Status(State state, String detail) {
            this(state, detail, null);
        }

        /** The same status with {@code data} for the endpoint. */
        public Status with(JsonNode more) {
            return new Status(state, detail, more);
        }

        public static Status up(String detail) {
            return new Status(State.UP, detail);
        }

        public static Status down(String detail) {
            return new Status(State.DOWN, detail);
        }

        public static Status fatal(String detail) {
            return new Status(State.FATAL, detail);
        }
    }
}
