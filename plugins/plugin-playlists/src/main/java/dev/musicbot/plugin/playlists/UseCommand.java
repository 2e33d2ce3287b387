package dev.musicbot.plugin.playlists;

import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.storage.StoredPlaylist;
import java.util.List;

/**
 * {@code /use <playlist>}: make it the active playlist and, when the caller is in voice, queue it. While the bot
 * plays in a channel, only a member of that channel may (as with {@code /play}): the queue is the listeners'.
 */
final class UseCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("use", "Make a playlist active and queue it")
            .withOptions(OptionSpec.requiredText("playlist", "Which playlist").withAutocomplete())
            .requiring(Precondition.SAME_VOICE_CHANNEL);

    private final Playlists playlists;

    UseCommand(Playlists playlists) {
        this.playlists = playlists;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        StoredPlaylist playlist = playlists.require(ctx, ctx.string("playlist").orElse(""));
        playlists.store().setActive(ctx.guild(), playlist.name());
        String name = "**" + Text.escape(playlist.name()) + "**";
        if (playlist.entries().isEmpty()) {
            return Reply.of(ctx.text("use.empty", name));
        }
        if (ctx.callerVoiceChannel().isEmpty()) {
            return Reply.of(ctx.text("use.not-in-voice", name));
        }
        int queued = PlaylistPlayer.queue(ctx, playlist);
        return Reply.of(ctx.text("use.queued", name, Text.songs(queued)));
    }

    @Override
    public List<Choice> autocomplete(String option, String typed, CommandContext ctx) {
        return playlists.suggest(ctx, typed);
    }
}
