package dev.musicbot.runtime.processing;

import dev.musicbot.api.UserId;
import dev.musicbot.api.source.LoadListener;
import dev.musicbot.api.source.LoadPriority;
import dev.musicbot.api.source.LoadRequest;
import dev.musicbot.api.source.LoadState;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * One request moving through the pipeline: {@code PENDING -> PROCESSING -> READY | FAILED}, and from
 * PROCESSING back to PENDING while it waits to retry. Thread-safe; an illegal transition is a bug and throws.
 *
 * <p>The stream locator is the track's {@link PlaybackRef}: a page URL or an identifier, never a short-lived
 * stream URL. Sources whose stream URLs expire resolve them when the track starts and again when they expire.
 */
public final class Song {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final TrackQuery input;
    private final LoadPriority priority;
    private final @Nullable UserId requester;
    private final LoadListener listener;
    private final Instant created = Instant.now();
    private LoadState state = LoadState.PENDING;
    private int attempt;
    private @Nullable String sourceId;
    private @Nullable ResolveResult result;

    Song(LoadRequest request) {
        this.input = request.query();
        this.priority = request.priority();
        this.requester = request.requester();
        this.listener = request.listener();
    }

    public long id() {
        return id;
    }

    /** What the user typed. */
    public TrackQuery input() {
        return input;
    }

    public LoadPriority priority() {
        return priority;
    }

    public Optional<UserId> requester() {
        return Optional.ofNullable(requester);
    }

    public Instant created() {
        return created;
    }

    public synchronized LoadState state() {
        return state;
    }

    /** The attempt in progress or last made, from 1; 0 before the first. */
    public synchronized int attempt() {
        return attempt;
    }

    /** The id of the resolver that took the song (its source type), once known. */
    public synchronized Optional<String> sourceId() {
        return Optional.ofNullable(sourceId);
    }

    /** The outcome, once READY or FAILED. */
    public synchronized Optional<ResolveResult> result() {
        return Optional.ofNullable(result);
    }

    /** Title, artist, duration and thumbnail of what it resolved to (a playlist's first track), once READY. */
    public synchronized Optional<TrackInfo> metadata() {
        return firstTrack().map(Track::info);
    }

    /** Where the audio comes from, once READY. */
    public synchronized Optional<PlaybackRef> locator() {
        return firstTrack().map(Track::ref);
    }

    void beginAttempt() {
        int now;
        synchronized (this) {
            require(LoadState.PENDING);
            state = LoadState.PROCESSING;
            now = ++attempt;
        }
        listener.changed(LoadState.PROCESSING, now);
    }

    synchronized void chooseSource(String id) {
        require(LoadState.PROCESSING);
        sourceId = id;
    }

    /** Back to PENDING while the backoff runs, then PROCESSING again for the next attempt. */
    void retry() {
        int last;
        synchronized (this) {
            require(LoadState.PROCESSING);
            state = LoadState.PENDING;
            last = attempt;
        }
        listener.changed(LoadState.PENDING, last);
        beginAttempt();
    }

    void finish(ResolveResult outcome) {
        LoadState now;
        int last;
        synchronized (this) {
            require(LoadState.PROCESSING);
            result = outcome;
            state = hasTracks(outcome) ? LoadState.READY : LoadState.FAILED;
            now = state;
            last = attempt;
        }
        listener.changed(now, last);
    }

    /** Whether a result carries something to play. */
    static boolean hasTracks(ResolveResult outcome) {
        return switch (outcome) {
            case ResolveResult.Single s -> true;
            case ResolveResult.Playlist p -> !p.tracks().isEmpty();
            case ResolveResult.SearchHits h -> true;
            case ResolveResult.NoMatch n -> false;
            case ResolveResult.Failed f -> false;
        };
    }

    private Optional<Track> firstTrack() {
        return switch (result) {
            case ResolveResult.Single s -> Optional.of(s.track());
            case ResolveResult.Playlist p -> p.tracks().stream().findFirst();
            case ResolveResult.SearchHits h -> Optional.of(h.tracks().getFirst());
            case null, default -> Optional.empty();
        };
    }

    private void require(LoadState expected) {
        if (state != expected) {
            throw new IllegalStateException("song " + id + " is " + state + ", expected " + expected);
        }
    }

    @Override
    public synchronized String toString() {
        return "Song[" + id + ", " + state + ", attempt " + attempt + ", source " + sourceId + "]";
    }
}
