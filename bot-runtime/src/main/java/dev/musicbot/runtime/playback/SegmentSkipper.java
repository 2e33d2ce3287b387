package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SegmentProvider;
import dev.musicbot.api.playback.SegmentSkipping;
import dev.musicbot.api.playback.SkipSegment;
import dev.musicbot.api.text.Text;
import dev.musicbot.api.track.Track;
import dev.musicbot.runtime.audio.FrameGate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skips one guild's segments (see {@link SegmentProvider}). When a track starts loading, its segments are asked
 * for on a virtual thread; on JDA's audio thread every frame is checked against them, so a frame of a segment is
 * never sent: it is dropped and the track sought past the segment's end (or ended early, when the segment runs to
 * its end), with one notice per segment. The first frame waits up to {@link #HOLD} for a pending answer, so a
 * segment at 0:00 is skipped too; a later answer applies from then on, a failed one means nothing is skipped.
 */
final class SegmentSkipper implements FrameGate {
    private static final Logger log = LoggerFactory.getLogger(SegmentSkipper.class);

    /** How long the first frame of a track waits for its segments. */
    static final Duration HOLD = Duration.ofMillis(500);

    /** A segment that ends this close to the end of the track ends the track. */
    static final long END_SLACK_MILLIS = 1000;

    private static final long FRAME_MILLIS = 20;

    private final GuildId guild;
    private final Supplier<List<SegmentProvider>> providers;
    private final Consumer<Text> notices;
    private final Consumer<QueuedTrack> endEarly;
    private volatile @Nullable Lookup lookup;

    /**
     * @param providers the registered providers, asked in order
     * @param notices posts a notice in the guild's channel (called on a virtual thread)
     * @param endEarly ends a track whose last segment runs to its end (called on a virtual thread)
     */
    SegmentSkipper(
            GuildId guild,
            Supplier<List<SegmentProvider>> providers,
            Consumer<Text> notices,
            Consumer<QueuedTrack> endEarly) {
        this.guild = guild;
        this.providers = providers;
        this.notices = notices;
        this.endEarly = endEarly;
    }

    /** One track's segments: pending until {@code plan} is set. */
    private static final class Lookup {
        final QueuedTrack owner;
        volatile @Nullable SkipPlan plan;
        /** When the first frame stops waiting; 0 until a frame asked (written by the audio thread only). */
        volatile long holdUntil;

        Lookup(QueuedTrack owner) {
            this.owner = owner;
        }
    }

    /** Starts looking up the segments of a track about to load (or forgets them when skipping is off). */
    void prepare(QueuedTrack queued, SegmentSkipping skipping) {
        Optional<SegmentProvider> provider = skipping.active() ? providerFor(queued.track()) : Optional.empty();
        if (provider.isEmpty()) {
            lookup = null;
            return;
        }
        Lookup pending = new Lookup(queued);
        lookup = pending;
        Set<SegmentCategory> categories = skipping.categories();
        Thread.ofVirtual()
                .name("segments-" + guild)
                .start(() -> pending.plan = SkipPlan.of(fetch(provider.get(), queued.track(), categories)));
    }

    private Optional<SegmentProvider> providerFor(Track track) {
        for (SegmentProvider provider : providers.get()) {
            try {
                if (provider.accepts(track)) {
                    return Optional.of(provider);
                }
            } catch (RuntimeException e) {
                log.debug("Segment provider {} failed to check a track", provider.id(), e);
            }
        }
        return Optional.empty();
    }

    private List<SkipSegment> fetch(SegmentProvider provider, Track track, Set<SegmentCategory> categories) {
        try {
            List<SkipSegment> segments = List.copyOf(provider.segments(track, categories));
            log.debug(
                    "Guild {}: {} segment(s) to skip in '{}'",
                    guild,
                    segments.size(),
                    track.info().title());
            return segments;
        } catch (RuntimeException e) {
            log.debug("Guild {}: segment provider {} failed; nothing is skipped", guild, provider.id(), e);
            return List.of();
        }
    }

    @Override
    public boolean ready(AudioTrack track) {
        Lookup pending = lookup;
        if (pending == null || pending.plan != null || track.getUserData() != pending.owner) {
            return true;
        }
        long now = System.nanoTime();
        if (pending.holdUntil == 0) {
            pending.holdUntil = now + HOLD.toNanos();
        }
        return now - pending.holdUntil >= 0;
    }

    @Override
    public boolean drop(AudioTrack track, long timecodeMillis) {
        Lookup current = lookup;
        SkipPlan plan = current == null ? null : current.plan;
        if (plan == null || track.getUserData() != current.owner) {
            return false;
        }
        int index = plan.indexAt(timecodeMillis, FRAME_MILLIS);
        if (index < 0) {
            return false;
        }
        SkipPlan.Span span = plan.spans().get(index);
        if (plan.announce(index)) {
            Text notice = SkipNotices.skipped(span.categories(), span.startMillis(), span.endMillis());
            Thread.ofVirtual().name("segment-notice").start(() -> notices.accept(notice));
        }
        if (plan.shouldSeek(index, timecodeMillis)) {
            if (span.endMillis() >= track.getDuration() - END_SLACK_MILLIS) {
                Thread.ofVirtual().name("segment-end").start(() -> endEarly.accept(current.owner));
            } else {
                track.setPosition(span.endMillis());
            }
        }
        return true;
    }
}
