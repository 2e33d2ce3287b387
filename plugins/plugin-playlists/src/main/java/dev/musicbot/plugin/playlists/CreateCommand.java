package dev.musicbot.plugin.playlists;

import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.storage.StoredPlaylist;
import java.util.List;

/** {@code /create <name>}. */
final class CreateCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("create", "Create a new playlist")
            .withOptions(OptionSpec.requiredText("name", "The playlist's name"));

    private final Playlists playlists;

    CreateCommand(Playlists playlists) {
        this.playlists = playlists;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String name = playlists.validName(ctx.string("name").orElse(""));
        playlists.checkRoomFor(ctx, name);
        playlists.store().save(ctx.guild(), new StoredPlaylist(name, ctx.caller(), List.of()));
        return Reply.of(ctx.text("create.done", Text.escape(name)));
    }

    @Override
    public List<Choice> autocomplete(String option, String typed, CommandContext ctx) {
        return List.of();
    }
}
