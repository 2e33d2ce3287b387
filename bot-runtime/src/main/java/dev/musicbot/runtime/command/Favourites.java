package dev.musicbot.runtime.command;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Each member's favourites: a playlist of their own in the guild's {@link PlaylistStore} (created on first use,
 * under the reserved name of {@link dev.musicbot.api.storage.Favourites}), filled by the now-playing card's button
 * and played or listed by {@code /favourites}.
 */
final class Favourites {
    /** The most songs one member's favourites hold. */
    static final int MAX_SONGS = 500;

    private final ActivePlaylist playlists;

    Favourites(ActivePlaylist playlists) {
        this.playlists = playlists;
    }

    static String name(CommandContext ctx) {
        return dev.musicbot.api.storage.Favourites.playlistName(ctx.caller());
    }

    PlaylistStore store() {
        return playlists
                .store()
                .orElseThrow(
                        () -> new UserFacingException(RuntimeMessages.text("favourites.no-store"), Severity.COMMON));
    }

    /** The caller's favourites, if they have any yet. */
    Optional<StoredPlaylist> of(CommandContext ctx) {
        return store().find(ctx.guild(), name(ctx));
    }

    /** Adds a song to the caller's favourites (creating them); says what happened, in the caller's language. */
    String add(CommandContext ctx, Track track) {
        PlaylistStore store = store();
        PlaylistEntry entry = entry(track);
        String title = Format.title(track);
        if (store.find(ctx.guild(), name(ctx)).isEmpty()) {
            store.save(ctx.guild(), new StoredPlaylist(name(ctx), ctx.caller(), List.of(entry)));
            return ctx.text("favourites.added", title);
        }
        AtomicBoolean already = new AtomicBoolean();
        try {
            store.update(ctx.guild(), name(ctx), current -> {
                already.set(current.entries().stream().anyMatch(e -> same(e, entry)));
                if (already.get()) {
                    return current;
                }
                if (current.entries().size() >= MAX_SONGS) {
                    throw new UserFacingException(RuntimeMessages.text("favourites.full", MAX_SONGS), Severity.COMMON);
                }
                List<PlaylistEntry> entries = new ArrayList<>(current.entries());
                entries.add(entry);
                return current.withEntries(entries);
            });
        } catch (NoSuchElementException deletedMeanwhile) {
            store.save(ctx.guild(), new StoredPlaylist(name(ctx), ctx.caller(), List.of(entry)));
        }
        return ctx.text(already.get() ? "favourites.already" : "favourites.added", title);
    }

    /** What a favourite stores: what the engine loads directly, or a deferred track's first candidate. */
    static PlaylistEntry entry(Track track) {
        String query =
                switch (track.ref()) {
                    case PlaybackRef.Engine(String identifier) -> identifier;
                    case PlaybackRef.Deferred deferred -> deferred.candidates().getFirst();
                };
        return new PlaylistEntry(query, track.info());
    }

    /** The same song: the same query, or the same page. */
    static boolean same(PlaylistEntry a, PlaylistEntry b) {
        return a.query().equals(b.query())
                || (a.info().uri() != null && a.info().uri().equals(b.info().uri()));
    }
}
