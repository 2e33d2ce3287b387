package dev.musicbot.plugin.playlists;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.command.Button;
import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.storage.StoredPlaylist;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code /delete <name>}: asks for confirmation with a button, then deletes. */
final class DeleteCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("delete", "Delete a playlist")
            .withOptions(OptionSpec.requiredText("name", "Which playlist").withAutocomplete());

    private final Playlists playlists;
    private final Map<Pending, String> pending = new ConcurrentHashMap<>();

    private record Pending(GuildId guild, UserId user) {}

    DeleteCommand(Playlists playlists) {
        this.playlists = playlists;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        StoredPlaylist playlist = playlists.require(ctx, ctx.string("name").orElse(""));
        playlists.checkCanChange(ctx, playlist);
        pending.put(new Pending(ctx.guild(), ctx.caller()), playlist.name());
        return Reply.ephemeral("Delete **" + Text.escape(playlist.name()) + "** and its "
                        + Text.songs(playlist.entries().size()) + " for good?")
                .withButtons(
                        new Button("confirm", "Delete it", Button.Style.DANGER, false),
                        new Button("cancel", "Keep it", Button.Style.SECONDARY, false));
    }

    @Override
    public Reply onButton(String action, CommandContext ctx) {
        String name = pending.remove(new Pending(ctx.guild(), ctx.caller()));
        if (name == null) {
            return Reply.ephemeral("Nothing is waiting to be deleted.");
        }
        if (!"confirm".equals(action)) {
            return Reply.ephemeral("Kept **" + Text.escape(name) + "**.");
        }
        StoredPlaylist playlist = playlists.require(ctx, name);
        playlists.checkCanChange(ctx, playlist);
        playlists.store().delete(ctx.guild(), name);
        return Reply.ephemeral("Deleted **" + Text.escape(name) + "**.");
    }

    @Override
    public List<Choice> autocomplete(String option, String typed, CommandContext ctx) {
        return playlists.suggest(ctx, typed);
    }
}
