package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Reply;

/** {@code /shuffle}. */
final class ShuffleCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.control("shuffle", "Shuffle the queue");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        int size = ctx.playback().queue().size();
        if (size < 2) {
            return Reply.ephemeral(ctx.text("shuffle.nothing"));
        }
        ctx.playback().shuffle();
        return Reply.of(ctx.text("shuffle.done", size));
    }
}
