package dev.musicbot.runtime.command;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.plugin.PluginContext;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.track.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The guild's stored playlists, as the built-in {@code /play} (no argument: the active playlist) and
 * {@code /remove} (with a playlist) use them, through whichever {@link PlaylistStore} is installed.
 */
final class ActivePlaylist {
    private final PluginContext plugin;

    ActivePlaylist(PluginContext plugin) {
        this.plugin = plugin;
    }

    Optional<PlaylistStore> store() {
        return plugin.find(PlaylistStore.class);
    }

    /** The active playlist's songs as tracks, in order. */
    Optional<StoredPlaylist> active(CommandContext ctx) {
        return store().flatMap(store -> store.active(ctx.guild()).flatMap(name -> store.find(ctx.guild(), name)));
    }

    /** Tracks for a playlist's entries: links directly, search text resolved again; unresolvable ones skipped. */
    static List<Track> tracks(CommandContext ctx, StoredPlaylist playlist) {
        List<Track> tracks = new ArrayList<>();
        for (PlaylistEntry entry : playlist.entries()) {
            entry.directTrack()
                    .or(() -> ctx.tracks().load(new TrackQuery(entry.query())).playable())
                    .ifPresent(tracks::add);
        }
        return tracks;
    }

    /** Removes a song from a stored playlist, if the caller may change it. */
    String removeFrom(CommandContext ctx, String name, int position) {
        PlaylistStore store = store().orElseThrow(() ->
                new UserFacingException(RuntimeMessages.text("playlist.none-installed"), Severity.COMMON));
        StoredPlaylist playlist = store.find(ctx.guild(), name)
                .orElseThrow(() -> new UserFacingException(
                        RuntimeMessages.text("playlist.unknown", Format.escape(name)), Severity.COMMON));
        if (!playlist.owner().equals(ctx.caller()) && !ctx.callerManagesGuild()) {
            throw new UserFacingException(RuntimeMessages.text("playlist.not-owner"), Severity.COMMON);
        }
        AtomicReference<PlaylistEntry> removed = new AtomicReference<>();
        StoredPlaylist changed;
        try {
            changed = store.update(ctx.guild(), playlist.name(), current -> {
                if (position < 1 || position > current.entries().size()) {
                    throw new UserFacingException(
                            RuntimeMessages.text("playlist.no-song", Format.escape(current.name()), position),
                            Severity.COMMON);
                }
                List<PlaylistEntry> entries = new ArrayList<>(current.entries());
                removed.set(entries.remove(position - 1));
                return current.withEntries(entries);
            });
        } catch (NoSuchElementException e) {
            throw new UserFacingException(
                    RuntimeMessages.text("playlist.unknown", Format.escape(name)), Severity.COMMON);
        }
        return ctx.text("playlist.removed", Format.escape(removed.get().info().title()), Format.escape(changed.name()));
    }
}
