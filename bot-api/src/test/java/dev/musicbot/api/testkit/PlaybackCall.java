package dev.musicbot.api.testkit;

import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.track.Track;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One change a command asked of a {@link FakeGuildPlayback}: the method and its arguments.
 *
 * <p>{@link #toString()} reads like the call, with tracks by title and the kit's members by name, so a test can
 * say {@code assertThat(playback.asked()).containsExactly("join(500000000000000001)", "enqueue(one, alice)")}.
 *
 * @param method the {@link dev.musicbot.api.playback.GuildPlayback} method's name
 * @param args its arguments, as passed
 */
public record PlaybackCall(String method, List<Object> args) {

    /** Copies the arguments. */
    public PlaybackCall {
        Objects.requireNonNull(method, "method");
        args = List.copyOf(args);
    }

    /**
     * A call.
     *
     * @param method the method's name
     * @param args its arguments
     * @return the call
     */
    public static PlaybackCall of(String method, Object... args) {
        return new PlaybackCall(method, List.of(args));
    }

    @Override
    public String toString() {
        return method + args.stream().map(PlaybackCall::describe).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * How an argument reads in {@link #toString()}.
     *
     * @param arg the argument
     * @return a track's title, a kit member's name, a duration in seconds, or the value
     */
    static String describe(Object arg) {
        return switch (arg) {
            case Track track -> track.info().title();
            case QueuedTrack queued -> queued.track().info().title();
            case UserId user -> FakeCommandContext.nameOf(user);
            case Duration duration -> duration.toSeconds() + "s";
            default -> String.valueOf(arg);
        };
    }
}
