package dev.musicbot.runtime.audio;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import java.time.Duration;
import java.util.Optional;

/**
 * Tracks LavaPlayer loaded while a link was resolved, kept for a short while so that playing the link uses them
 * instead of loading (probing) it a second time: a {@code /play} of an HTTP link then costs one request to the
 * server, not two. Each track is handed out once; a later play of the same link loads it again.
 */
public final class ProbedTracks {
    private static final Duration KEEP = Duration.ofMinutes(2);
    private static final int MAX_TRACKS = 1_000;

    private final Cache<String, AudioTrack> tracks =
            Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(MAX_TRACKS).build();

    /** Keeps a track that was loaded for {@code identifier} and not played. */
    public void offer(String identifier, AudioTrack track) {
        tracks.put(identifier, track);
    }

    /** The track loaded for {@code identifier}, if one is kept; it is no longer kept afterwards. */
    public Optional<AudioTrack> take(String identifier) {
        return Optional.ofNullable(tracks.asMap().remove(identifier));
    }
}
