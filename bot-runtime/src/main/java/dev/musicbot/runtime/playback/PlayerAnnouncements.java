package dev.musicbot.runtime.playback;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.text.Markdown;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a guild's player says, and where: in the text channel of the latest command. Every notice goes through the
 * {@link Announcer}, which only queues its message, so any thread may speak; the now-playing card is posted from
 * the player's lane.
 */
final class PlayerAnnouncements {
    private final Announcer announcer;
    private volatile @Nullable ChannelId channel;
    /** The track whose card was posted last: a repeating track keeps its card (read and written on the lane). */
    private @Nullable QueuedTrack lastCard;

    PlayerAnnouncements(Announcer announcer) {
        this.announcer = announcer;
    }

    void announceIn(ChannelId latest) {
        channel = latest;
    }

    Optional<ChannelId> channel() {
        return Optional.ofNullable(channel);
    }

    /** Says {@code text} where the latest command came from, if any did. */
    void say(Text text) {
        ChannelId target = channel;
        if (target != null) {
            announcer.say(target, text);
        }
    }

    /** Posts the card of a track that started (on the lane), unless it is the same track again. */
    void trackStarted(QueuedTrack queued, GuildPlayback player) {
        ChannelId target = queued == lastCard ? null : channel;
        lastCard = queued;
        if (target != null) {
            announcer.trackStarted(target, player);
        }
    }

    void failed(QueuedTrack queued, Text reason) {
        say(RuntimeMessages.text("player.failed", title(queued), reason));
    }

    void resumed(QueuedTrack queued) {
        say(RuntimeMessages.text("player.resumed", title(queued)));
    }

    void left(Text reason) {
        say(RuntimeMessages.text("player.left", reason));
    }

    void disconnected() {
        say(RuntimeMessages.text("player.disconnected"));
    }

    private static String title(QueuedTrack queued) {
        return Markdown.escape(queued.track().info().title());
    }
}
