package dev.musicbot.runtime.command;

import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.QueuedTrack;
import java.util.List;

/** {@code /remove <position>}: your own tracks, or anyone's for a DJ. */
final class RemoveCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("remove", "Remove a track from the queue or from a playlist")
            .withOptions(
                    OptionSpec.requiredInteger("position", "Its position in /queue (or in the playlist)")
                            .withRange(1, Integer.MAX_VALUE),
                    OptionSpec.optionalText("playlist", "Remove from this stored playlist instead of the queue")
                            .withAutocomplete());

    private final ActivePlaylist playlists;

    RemoveCommand(ActivePlaylist playlists) {
        this.playlists = playlists;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        long position = ctx.integer("position").orElse(0);
        var playlist = ctx.string("playlist").filter(name -> !name.isBlank());
        if (playlist.isPresent()) {
            return Reply.of(playlists.removeFrom(ctx, playlist.get(), (int) position));
        }
        // The queue belongs to the listeners: the voice checks the other controls declare, made here because
        // removing from a stored playlist needs no voice channel.
        if (ctx.playback().voiceChannel().isEmpty()) {
            return Reply.ephemeral(ctx.text("precondition.bot-in-voice"));
        }
        if (!ctx.callerVoiceChannel().equals(ctx.playback().voiceChannel())) {
            return Reply.ephemeral(ctx.text(
                    "precondition.same-voice-channel",
                    "<#" + ctx.playback().voiceChannel().get() + ">"));
        }
        List<QueuedTrack> queue = ctx.playback().queue();
        if (position < 1 || position > queue.size()) {
            return Reply.ephemeral(ctx.text("skip.no-position", position));
        }
        if (!Controls.owns(ctx, queue.get((int) position - 1))) {
            return Reply.ephemeral(ctx.text("remove.not-owner"));
        }
        return ctx.playback()
                .remove((int) position)
                .map(removed -> Reply.of(ctx.text("remove.done", Format.title(removed.track()))))
                .orElseGet(() -> Reply.ephemeral(ctx.text("remove.changed")));
    }

    @Override
    public List<Choice> autocomplete(String option, String typed, CommandContext ctx) {
        String needle = typed.toLowerCase(java.util.Locale.ROOT);
        return playlists
                .store()
                .map(store -> store.list(ctx.guild()).stream()
                        .map(p -> p.name())
                        .filter(name -> name.toLowerCase(java.util.Locale.ROOT).contains(needle))
                        .limit(25)
                        .map(Choice::of)
                        .toList())
                .orElse(List.of());
    }
}
