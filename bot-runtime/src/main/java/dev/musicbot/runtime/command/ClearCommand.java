package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Reply;

/** {@code /clear}: empty the queue, keep the current song (DJ). */
final class ClearCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.djControl("clear", "Empty the queue (the current song plays on)");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        int removed = ctx.playback().clear();
        return removed == 0 ? Reply.ephemeral(ctx.text("clear.empty")) : Reply.of(ctx.text("clear.done", removed));
    }
}
