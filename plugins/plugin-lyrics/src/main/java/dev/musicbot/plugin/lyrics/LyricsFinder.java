package dev.musicbot.plugin.lyrics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a song's lyrics: the exact {@code /api/get} first, then a search matched by title and length. Answers
 * (found or not) are cached per song and length, and records by id for the page buttons; failures are not cached.
 */
final class LyricsFinder {
    private static final Logger log = LoggerFactory.getLogger(LyricsFinder.class);

    private final LyricsSource source;
    private final Cache<String, Lookup> bySong;
    private final Cache<Long, Lyrics> byId;

    LyricsFinder(LyricsSource source, Duration keep) {
        this.source = source;
        this.bySong =
                Caffeine.newBuilder().maximumSize(1000).expireAfterWrite(keep).build();
        this.byId =
                Caffeine.newBuilder().maximumSize(1000).expireAfterWrite(keep).build();
    }

    /**
     * The lyrics of a song.
     *
     * @param song what to look for
     * @param length the track's length, zero when unknown (a typed query, a stream)
     */
    Lookup find(SongQuery song, Duration length) {
        String key = song.key() + "|" + length.toSeconds();
        Lookup cached = bySong.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Lookup answer = ask(song, length);
        if (!(answer instanceof Lookup.Unavailable)) {
            bySong.put(key, answer);
        }
        if (answer instanceof Lookup.Found(Lyrics lyrics)) {
            byId.put(lyrics.id(), lyrics);
        }
        return answer;
    }

    /** A record found before (or fetched again by id): what the page buttons show. */
    Lookup byId(long id) {
        Lyrics cached = byId.getIfPresent(id);
        if (cached != null) {
            return new Lookup.Found(cached);
        }
        try {
            Optional<Lyrics> found = source.byId(id);
            found.ifPresent(l -> byId.put(id, l));
            return found.<Lookup>map(Lookup.Found::new)
                    .orElseGet(() -> new Lookup.NotFound(new SongQuery("#" + id, "")));
        } catch (LyricsUnavailableException e) {
            return unavailable(e);
        }
    }

    private Lookup ask(SongQuery song, Duration length) {
        try {
            if (!song.artist().isBlank() && !length.isZero()) {
                Optional<Lyrics> exact = source.get(song, length).filter(l -> l.hasWords() || l.instrumental());
                if (exact.isPresent()) {
                    return new Lookup.Found(exact.get());
                }
            }
            Optional<Lyrics> searched = Matching.best(source.search(song), song, length);
            if (searched.isEmpty() && !song.artist().isBlank()) {
                // the artist may be a channel's name: try the title alone
                searched = Matching.best(source.search(new SongQuery(song.title(), "")), song, length);
            }
            return searched.<Lookup>map(Lookup.Found::new).orElseGet(() -> new Lookup.NotFound(song));
        } catch (LyricsUnavailableException e) {
            return unavailable(e);
        }
    }

    private static Lookup unavailable(LyricsUnavailableException e) {
        log.info("Lyrics lookup failed: {}", e.getMessage());
        return new Lookup.Unavailable(e.timedOut());
    }
}
