package dev.musicbot.api.source;

import dev.musicbot.api.UserId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A resolution to run on the runtime's processing workers.
 *
 * @param query what to resolve
 * @param priority how urgently
 * @param requester the member who asked, or {@code null} for the bot's own work
 * @param listener told of each state change, on a worker thread; must not block
 */
public record LoadRequest(
        TrackQuery query, LoadPriority priority, @Nullable UserId requester, LoadListener listener) {

    /** Validates the fields. */
    public LoadRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(listener, "listener");
    }

    /**
     * A request nobody listens to.
     *
     * @param query what to resolve
     * @param priority how urgently
     * @param requester the member who asked, or {@code null}
     * @return the request
     */
    public static LoadRequest of(TrackQuery query, LoadPriority priority, @Nullable UserId requester) {
        return new LoadRequest(query, priority, requester, LoadListener.NONE);
    }
}
