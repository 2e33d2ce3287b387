package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.QueuedTrack;
import java.util.List;

/** {@code /remove <position>}: your own tracks, or anyone's for a DJ. */
final class RemoveCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.control("remove", "Remove a track from the queue")
            .withOptions(OptionSpec.requiredInteger("position", "Its position in /queue"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        long position = ctx.integer("position").orElse(0);
        List<QueuedTrack> queue = ctx.playback().queue();
        if (position < 1 || position > queue.size()) {
            return Reply.ephemeral("There is no track at position " + position + ".");
        }
        if (!Controls.owns(ctx, queue.get((int) position - 1))) {
            return Reply.ephemeral("You can only remove tracks you queued (DJs can remove any).");
        }
        return ctx.playback()
                .remove((int) position)
                .map(removed -> Reply.of("Removed " + Format.title(removed.track()) + "."))
                .orElseGet(() -> Reply.ephemeral("The queue changed; check /queue and try again."));
    }
}
