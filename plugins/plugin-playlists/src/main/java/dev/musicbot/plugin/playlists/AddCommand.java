package dev.musicbot.plugin.playlists;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /add <song>} (to the active playlist) and {@code /addto <playlist> <song>}: the song is resolved as
 * {@code /play} would, so it is stored with its title and length and is ready to play.
 */
final class AddCommand implements CommandHandler {
    private final Playlists playlists;
    private final boolean toNamed;
    private final CommandSpec spec;

    private AddCommand(Playlists playlists, boolean toNamed, CommandSpec spec) {
        this.playlists = playlists;
        this.toNamed = toNamed;
        this.spec = spec;
    }

    static AddCommand toActive(Playlists playlists) {
        return new AddCommand(
                playlists,
                false,
                CommandSpec.of("add", "Add a song to the active playlist")
                        .withOptions(OptionSpec.requiredText("song", "A link, or words to search for")));
    }

    static AddCommand toNamed(Playlists playlists) {
        return new AddCommand(
                playlists,
                true,
                CommandSpec.of("addto", "Add a song to a playlist")
                        .withOptions(
                                OptionSpec.requiredText("playlist", "Which playlist")
                                        .withAutocomplete(),
                                OptionSpec.requiredText("song", "A link, or words to search for")));
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        StoredPlaylist playlist = playlists.require(ctx, target(ctx));
        playlists.checkCanChange(ctx, playlist);
        List<PlaylistEntry> added =
                Entries.resolve(ctx.tracks(), ctx.string("song").orElse(""));
        // Resolving takes seconds; the store adds to the playlist as it is now, so a concurrent /add keeps its song.
        StoredPlaylist stored = playlists.update(ctx, playlist.name(), current -> {
            if (current.entries().size() + added.size() > playlists.limits().songs()) {
                throw new UserFacingException(
                        Text.key(
                                "add.full",
                                Text.songs(playlists.limits().songs()),
                                Text.escape(current.name()),
                                current.entries().size()),
                        Severity.COMMON);
            }
            List<PlaylistEntry> entries = new ArrayList<>(current.entries());
            entries.addAll(added);
            return current.withEntries(entries);
        });
        Object what = added.size() == 1
                ? "**" + Text.escape(added.getFirst().info().title()) + "**"
                : Text.songs(added.size());
        return Reply.of(ctx.text(
                "add.done",
                what,
                Text.escape(stored.name()),
                Text.songs(stored.entries().size())));
    }

    private String target(CommandContext ctx) {
        if (toNamed) {
            return ctx.string("playlist").orElse("");
        }
        return playlists
                .store()
                .active(ctx.guild())
                .orElseThrow(() -> new UserFacingException(Text.key("add.none-active"), Severity.COMMON));
    }

    @Override
    public List<Choice> autocomplete(String option, String typed, CommandContext ctx) {
        return "playlist".equals(option) ? playlists.suggest(ctx, typed) : List.of();
    }
}
