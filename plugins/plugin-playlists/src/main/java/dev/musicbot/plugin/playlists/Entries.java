package dev.musicbot.plugin.playlists;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import java.util.List;

/**
 * Turns user input into playlist entries (resolved now, like {@code /play}, so the stored song is known and
 * ready) and entries back into playable tracks.
 */
final class Entries {
    private Entries() {}

    /** Resolves input; a search stores its first hit, a playlist link all its tracks. */
    static List<PlaylistEntry> resolve(TrackLoader loader, String input) {
        if (input.isBlank()) {
            throw new UserFacingException(Text.key("add.what"), Severity.COMMON);
        }
        return switch (loader.load(new TrackQuery(input))) {
            case ResolveResult.Single single -> List.of(entry(single.track()));
            case ResolveResult.SearchHits hits -> List.of(entry(hits.tracks().getFirst()));
            case ResolveResult.Playlist playlist ->
                playlist.tracks().stream().map(Entries::entry).toList();
            case ResolveResult.NoMatch noMatch -> throw nothingFound(noMatch);
            case ResolveResult.Failed failed -> throw failed.error();
        };
    }

    /**
     * The stored query: what the engine loads directly when there is one; for a track resolved at play time
     * (a Spotify song mirrored to YouTube) its first candidate, so that replaying it resolves that one song
     * rather than the whole link the user typed.
     */
    static PlaylistEntry entry(Track track) {
        String query =
                switch (track.ref()) {
                    case PlaybackRef.Engine(String identifier) -> identifier;
                    case PlaybackRef.Deferred deferred -> deferred.candidates().getFirst();
                };
        return new PlaylistEntry(query, track.info());
    }

    /** A track to queue: directly when the query is a link, else resolved again. */
    static Track toTrack(TrackLoader loader, PlaylistEntry entry) {
        if (entry.directTrack().isPresent()) {
            return entry.directTrack().get();
        }
        return switch (loader.load(new TrackQuery(entry.query()))) {
            case ResolveResult.Single single -> single.track();
            case ResolveResult.SearchHits hits -> hits.tracks().getFirst();
            case ResolveResult.Playlist playlist -> playlist.tracks().getFirst();
            case ResolveResult.NoMatch noMatch -> throw nothingFound(noMatch);
            case ResolveResult.Failed failed -> throw failed.error();
        };
    }

    private static UserFacingException nothingFound(ResolveResult.NoMatch noMatch) {
        return noMatch.text() == null
                ? new UserFacingException(noMatch.reason(), Severity.COMMON)
                : new UserFacingException(noMatch.text(), Severity.COMMON);
    }
}
