package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.track.AudioTrackEndReason;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.playback.PlaybackListener;
import dev.musicbot.api.playback.SegmentProvider;
import dev.musicbot.api.playback.TrackEndReason;
import dev.musicbot.api.track.Track;
import dev.musicbot.runtime.plugin.ExtensionRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers track events to every registered {@link PlaybackListener}, off the audio threads, in order (one
 * sequential virtual-thread executor: listeners may block without touching the audio).
 */
public final class PlaybackEvents implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PlaybackEvents.class);

    private final ExtensionRegistry registry;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("playback-events").factory());

    public PlaybackEvents(ExtensionRegistry registry) {
        this.registry = registry;
    }

    /** The registered segment providers, in order (the registry that holds the listeners holds them too). */
    java.util.List<SegmentProvider> segmentProviders() {
        return registry.extensions(SegmentProvider.class);
    }

    void trackStarted(GuildId guild, Track track) {
        deliver(listener -> listener.onTrackStart(guild, track));
    }

    void trackEnded(GuildId guild, Track track, TrackEndReason reason) {
        deliver(listener -> listener.onTrackEnd(guild, track, reason));
    }

    private void deliver(java.util.function.Consumer<PlaybackListener> event) {
        try {
            delivery.execute(() -> registry.extensions(PlaybackListener.class).forEach(listener -> {
                try {
                    event.accept(listener);
                } catch (RuntimeException e) {
                    log.warn("Playback listener {} failed", listener.getClass().getName(), e);
                }
            }));
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            log.debug("Playback event dropped: the bot is shutting down");
        }
    }

    static TrackEndReason reasonOf(AudioTrackEndReason reason) {
        return switch (reason) {
            case FINISHED -> TrackEndReason.FINISHED;
            case LOAD_FAILED -> TrackEndReason.FAILED;
            case STOPPED, CLEANUP -> TrackEndReason.STOPPED;
            case REPLACED -> TrackEndReason.REPLACED;
        };
    }

    @Override
    public void close() {
        delivery.shutdown();
    }
}
