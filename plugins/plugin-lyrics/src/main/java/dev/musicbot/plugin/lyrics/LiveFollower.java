package dev.musicbot.plugin.lyrics;

import dev.musicbot.api.command.PostedMessage;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.playback.QueuedTrack;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps one live-lyrics message on the line being sung. Checked a few times a second, edited only when the line
 * changed and at least {@link #MIN_INTERVAL} after the last edit (fast lines are coalesced: the next edit shows the
 * line sung by then). Stops when another track plays or nothing does, or when the message is gone.
 */
final class LiveFollower implements Runnable {
    /** Discord allows about five edits per five seconds in a channel; one a second leaves room for the rest. */
    static final Duration MIN_INTERVAL = Duration.ofMillis(1100);

    static final Duration TICK = Duration.ofMillis(200);

    private final GuildPlayback playback;
    private final QueuedTrack track;
    private final Lyrics lyrics;
    private final PostedMessage message;
    /** The language of whoever started the view. */
    private final Locale locale;

    private final LongSupplier clock;
    /** The line the message shows: none yet, as posted. */
    private int shown = -1;

    private long lastEdit = Long.MIN_VALUE;
    private volatile boolean done;
    private volatile @Nullable Future<?> task;

    LiveFollower(
            GuildPlayback playback,
            QueuedTrack track,
            Lyrics lyrics,
            PostedMessage message,
            Locale locale,
            LongSupplier clock) {
        this.playback = playback;
        this.track = track;
        this.lyrics = lyrics;
        this.message = message;
        this.locale = locale;
        this.clock = clock;
    }

    void runAs(Future<?> scheduled) {
        this.task = scheduled;
        if (done) {
            scheduled.cancel(false);
        }
    }

    boolean done() {
        return done;
    }

    /** Ends the view, saying so in the message (a newer live view replaces it). */
    synchronized void end() {
        if (!done) {
            message.edit(LiveView.ended(lyrics, locale));
            cancel();
        }
    }

    /** Ends the view without another edit. */
    void cancel() {
        done = true;
        Future<?> scheduled = task;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    @Override
    public synchronized void run() {
        if (done) {
            return;
        }
        Optional<QueuedTrack> now = playback.current();
        if (now.isEmpty() || !now.get().equals(track)) {
            end();
            return;
        }
        int line = Lrc.lineAt(lyrics.synced(), playback.position());
        long at = clock.getAsLong();
        if (line == shown || (lastEdit != Long.MIN_VALUE && at - lastEdit < MIN_INTERVAL.toNanos())) {
            return;
        }
        lastEdit = at;
        shown = line;
        if (!message.edit(LiveView.at(lyrics, line, locale))) {
            cancel();
        }
    }
}
