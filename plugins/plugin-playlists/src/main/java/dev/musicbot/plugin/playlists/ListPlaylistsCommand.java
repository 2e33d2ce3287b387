package dev.musicbot.plugin.playlists;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Embed;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.storage.StoredPlaylist;
import java.util.List;
import java.util.Optional;

/** {@code /playlists}: every playlist of the server, the active one marked. */
final class ListPlaylistsCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("playlists", "List this server's playlists");

    private final Playlists playlists;

    ListPlaylistsCommand(Playlists playlists) {
        this.playlists = playlists;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        List<StoredPlaylist> all = playlists.store().list(ctx.guild());
        if (all.isEmpty()) {
            return Reply.ephemeral(ctx.text("list.none"));
        }
        Optional<String> active = playlists.store().active(ctx.guild());
        StringBuilder text = new StringBuilder();
        for (StoredPlaylist playlist : all) {
            boolean isActive = active.filter(playlist.name()::equalsIgnoreCase).isPresent();
            text.append(isActive ? "★ **" : "• **")
                    .append(Text.escape(playlist.name()))
                    .append("** · ")
                    .append(ctx.text("songs", playlist.entries().size()))
                    .append(isActive ? " " + ctx.text("list.active") : "")
                    .append('\n');
        }
        return Reply.of(Embed.of(ctx.text("list.title", all.size()), text.toString()));
    }
}
