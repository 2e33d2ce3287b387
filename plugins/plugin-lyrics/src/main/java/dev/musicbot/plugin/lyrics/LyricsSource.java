package dev.musicbot.plugin.lyrics;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where lyrics come from (LRCLIB's API); the seam the matching logic is tested through. */
interface LyricsSource {
    /**
     * The record that fits a song exactly ({@code /api/get}).
     *
     * @param song the title and artist
     * @param length the song's length, zero when unknown
     * @return the record, empty when there is none
     * @throws LyricsUnavailableException if the service did not answer or failed
     */
    Optional<Lyrics> get(SongQuery song, Duration length) throws LyricsUnavailableException;

    /**
     * Records that may fit ({@code /api/search}), best first as the service ranks them.
     *
     * @param song the title and artist (artist may be empty)
     * @return the candidates, possibly none
     * @throws LyricsUnavailableException if the service did not answer or failed
     */
    List<Lyrics> search(SongQuery song) throws LyricsUnavailableException;

    /**
     * A record by id ({@code /api/get/<id>}).
     *
     * @param id the record id
     * @return the record, empty when there is none
     * @throws LyricsUnavailableException if the service did not answer or failed
     */
    Optional<Lyrics> byId(long id) throws LyricsUnavailableException;
}
