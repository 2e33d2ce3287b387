package dev.musicbot.runtime.playback;

import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which tracks autoplay may queue: never one of the guild's last played tracks, never the same one twice. Pure;
 * no I/O.
 */
final class AutoplayPicks {
    private AutoplayPicks() {}

    /**
     * What makes two tracks the same song for autoplay: the page a user opens (a canonical watch URL for YouTube),
     * or else where the audio comes from.
     */
    static String key(Track track) {
        String identity = track.info().page().orElseGet(() -> switch (track.ref()) {
            case PlaybackRef.Engine engine -> engine.identifier();
            case PlaybackRef.Deferred deferred -> deferred.candidates().getFirst();
        });
        return identity.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The keys of the last {@code recent} played tracks (at least the one that just ended).
     *
     * @param history the guild's history, oldest first, ending with the track that just ended
     * @param recent how many of the last ones count as recent
     */
    static Set<String> recentKeys(List<QueuedTrack> history, int recent) {
        Set<String> keys = new HashSet<>();
        int from = Math.max(0, history.size() - Math.max(1, recent));
        for (QueuedTrack played : history.subList(from, history.size())) {
            keys.add(key(played.track()));
        }
        return keys;
    }

    /** Up to {@code limit} of the candidates, in order, leaving out recent ones and repeats. */
    static List<Track> fresh(List<Track> candidates, Set<String> recentKeys, int limit) {
        Set<String> taken = new HashSet<>(recentKeys);
        List<Track> picked = new ArrayList<>();
        for (Track candidate : candidates) {
            if (picked.size() >= limit) {
                break;
            }
            if (taken.add(key(candidate))) {
                picked.add(candidate);
            }
        }
        return picked;
    }

    /**
     * The fallback: tracks of the guild's own history that did not play recently, the latest first.
     *
     * @param history the guild's history, oldest first
     * @param recent how many of the last ones count as recent
     * @param limit the most tracks to pick
     */
    static List<Track> fromHistory(List<QueuedTrack> history, int recent, int limit) {
        List<Track> newestFirst = new ArrayList<>();
        for (QueuedTrack played : history.reversed()) {
            newestFirst.add(played.track());
        }
        return fresh(newestFirst, recentKeys(history, recent), limit);
    }
}
