package dev.musicbot.plugin.playlists;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.plugin.PluginContext;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

/**
 * What the playlist commands share: the store (looked up when needed, so another store plugin can replace
 * ours), name rules, ownership and limits.
 */
final class Playlists {
    private final PluginContext plugin;
    private final PlaylistsConfig.Limits limits;

    Playlists(PluginContext plugin, PlaylistsConfig.Limits limits) {
        this.plugin = plugin;
        this.limits = limits;
    }

    /** The store, whose storage failures become clear replies ({@link StorageFailures}). */
    PlaylistStore store() {
        return plugin.find(PlaylistStore.class)
                .<PlaylistStore>map(StorageFailures::new)
                .orElseThrow(() -> new UserFacingException(Text.key("store.none"), Severity.FAULT));
    }

    /** The plugin's view of the runtime (resolvers, the address guard). */
    PluginContext plugin() {
        return plugin;
    }

    PlaylistsConfig.Limits limits() {
        return limits;
    }

    /** The playlist with this name, or a polite refusal. */
    StoredPlaylist require(CommandContext ctx, String name) {
        return store().find(ctx.guild(), name)
                .orElseThrow(() ->
                        new UserFacingException(Text.key("playlist.unknown", Text.escape(name)), Severity.COMMON));
    }

    /**
     * Changes a playlist atomically in the store (see {@link PlaylistStore#update}); a playlist deleted meanwhile
     * gets the same polite refusal as {@link #require}.
     */
    StoredPlaylist update(CommandContext ctx, String name, UnaryOperator<StoredPlaylist> change) {
        try {
            return store().update(ctx.guild(), name, change);
        } catch (NoSuchElementException e) {
            throw new UserFacingException(Text.key("playlist.unknown", Text.escape(name)), Severity.COMMON);
        }
    }

    /** Refuses unless the caller created the playlist or manages the server. */
    void checkCanChange(CommandContext ctx, StoredPlaylist playlist) {
        if (!playlist.owner().equals(ctx.caller()) && !ctx.callerManagesGuild()) {
            throw new UserFacingException(
                    Text.key("playlist.not-owner", Text.escape(playlist.name())), Severity.COMMON);
        }
    }

    /** A cleaned-up new name, or a polite refusal saying what is wrong with it. */
    String validName(String raw) {
        String name = raw.strip();
        if (name.isEmpty()) {
            throw refusal("name.blank");
        }
        if (name.codePointCount(0, name.length()) > limits.nameLength()) {
            throw refusal("name.too-long", limits.nameLength());
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw refusal("name.control");
        }
        return name;
    }

    private static UserFacingException refusal(String key, Object... args) {
        return new UserFacingException(Text.key(key, args), Severity.COMMON);
    }

    /** Refuses a new playlist whose name is taken, or when the guild has the most playlists allowed. */
    void checkRoomFor(CommandContext ctx, String name) {
        if (store().find(ctx.guild(), name).isPresent()) {
            throw refusal("name.taken", Text.escape(name));
        }
        if (store().list(ctx.guild()).size() >= limits.playlists()) {
            throw refusal("playlist.limit", limits.playlists());
        }
    }

    /** A name like {@code taken (2)} that no playlist of the guild has yet, within the name length limit. */
    String freeName(CommandContext ctx, String taken) {
        for (int n = 2; ; n++) {
            String suffix = " (" + n + ")";
            int keep = Math.max(1, limits.nameLength() - suffix.length());
            String base = taken.codePointCount(0, taken.length()) > keep
                    ? taken.substring(0, taken.offsetByCodePoints(0, keep))
                    : taken;
            String candidate = base.strip() + suffix;
            if (store().find(ctx.guild(), candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /** Autocomplete: the guild's playlist names containing what was typed. */
    List<Choice> suggest(CommandContext ctx, String typed) {
        String needle = typed.toLowerCase(Locale.ROOT);
        return store().list(ctx.guild()).stream()
                .map(StoredPlaylist::name)
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(needle))
                .limit(25)
                .map(Choice::of)
                .toList();
    }
}
