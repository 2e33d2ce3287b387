package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioLoadResultHandler;
import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.track.AudioPlaylist;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.text.Text;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.runtime.audio.ProbedTracks;
import dev.musicbot.runtime.audio.SlowServer;
import dev.musicbot.runtime.command.RuntimeMessages;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a queued track into an engine track when it is about to play. An engine identifier loads directly; a
 * deferred track (a Spotify song mirrored to YouTube) is resolved first, off the caller's thread, by trying
 * its candidate queries in order; the listener still sees the original track.
 */
final class TrackLoading {
    private static final Logger log = LoggerFactory.getLogger(TrackLoading.class);

    private final AudioPlayerManager manager;
    private final ProbedTracks probed;
    private final TrackLoader tracks;
    private final Object orderKey;
    private final BiConsumer<QueuedTrack, AudioTrack> loaded;
    private final BiConsumer<QueuedTrack, Text> failed;
    private final AtomicReference<@Nullable Thread> pending = new AtomicReference<>();

    TrackLoading(
            AudioPlayerManager manager,
            ProbedTracks probed,
            TrackLoader tracks,
            Object orderKey,
            BiConsumer<QueuedTrack, AudioTrack> loaded,
            BiConsumer<QueuedTrack, Text> failed) {
        this.manager = manager;
        this.probed = probed;
        this.tracks = tracks;
        this.orderKey = orderKey;
        this.loaded = loaded;
        this.failed = failed;
    }

    void load(QueuedTrack queued) {
        switch (queued.track().ref()) {
            case PlaybackRef.Engine(String identifier) -> loadEngine(queued, identifier);
            case PlaybackRef.Deferred deferred -> {
                Thread started =
                        Thread.ofVirtual().name("deferred-track").unstarted(() -> loadDeferred(queued, deferred));
                Thread previous = pending.getAndSet(started);
                if (previous != null) {
                    previous.interrupt();
                }
                started.start();
            }
        }
    }

    /**
     * Stops the deferred resolution in progress, if any: the song it was for was skipped, stopped or cleared,
     * and nobody waits for it any more (its yt-dlp lookup is killed, its permit freed).
     */
    void cancelPending() {
        Thread running = pending.getAndSet(null);
        if (running != null) {
            running.interrupt();
        }
    }

    private void loadDeferred(QueuedTrack queued, PlaybackRef.Deferred deferred) {
        try {
            resolveDeferred(queued, deferred);
        } finally {
            pending.compareAndSet(Thread.currentThread(), null);
        }
    }

    private void resolveDeferred(QueuedTrack queued, PlaybackRef.Deferred deferred) {
        for (String candidate : deferred.candidates()) {
            ResolveResult result = tracks.load(new TrackQuery(candidate));
            if (Thread.currentThread().isInterrupted()) {
                log.debug(
                        "Deferred track '{}' was cancelled",
                        queued.track().info().title());
                return;
            }
            Optional<String> identifier = engineIdentifier(result);
            if (identifier.isPresent()) {
                loadEngine(queued, identifier.get());
                return;
            }
            log.debug("Deferred candidate '{}' gave nothing playable", candidate);
        }
        failed.accept(queued, RuntimeMessages.text("player.reason.no-match"));
    }

    static Optional<String> engineIdentifier(ResolveResult result) {
        return result.playable()
                .map(Track::ref)
                .filter(PlaybackRef.Engine.class::isInstance)
                .map(ref -> ((PlaybackRef.Engine) ref).identifier());
    }

    private void loadEngine(QueuedTrack queued, String identifier) {
        Optional<AudioTrack> resolved = probed.take(identifier);
        if (resolved.isPresent()) {
            // Loaded moments ago while resolving: play that track rather than load the link again. Off the
            // caller's thread, as LavaPlayer's own loads answer.
            Thread.ofVirtual().name("probed-track").start(() -> loaded.accept(queued, resolved.get()));
            return;
        }
        manager.loadItemOrdered(orderKey, identifier, new AudioLoadResultHandler() {
            @Override
            public void trackLoaded(AudioTrack track) {
                loaded.accept(queued, track);
            }

            @Override
            public void playlistLoaded(AudioPlaylist playlist) {
                AudioTrack selected = playlist.getSelectedTrack();
                loaded.accept(
                        queued,
                        selected != null ? selected : playlist.getTracks().getFirst());
            }

            @Override
            public void noMatches() {
                failed.accept(queued, RuntimeMessages.text("player.reason.gone"));
            }

            @Override
            public void loadFailed(FriendlyException e) {
                failed.accept(
                        queued,
                        SlowServer.describe(e).orElse(RuntimeMessages.text("player.reason.plain", e.getMessage())));
            }
        });
    }
}
