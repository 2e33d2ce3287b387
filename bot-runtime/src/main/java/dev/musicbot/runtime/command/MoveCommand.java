package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;

/** {@code /move <from> <to>} (DJ). */
final class MoveCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.djControl("move", "Move a track within the queue")
            .withOptions(
                    OptionSpec.requiredInteger("from", "Its position now").withRange(1, Controls.MAX_POSITION),
                    OptionSpec.requiredInteger("to", "Its new position").withRange(1, Controls.MAX_POSITION));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        long from = ctx.integer("from").orElse(0);
        long to = ctx.integer("to").orElse(0);
        if (!ctx.playback().move((int) from, (int) to)) {
            return Reply.ephemeral(
                    ctx.text("move.out-of-range", ctx.playback().queue().size()));
        }
        return Reply.of(ctx.text("move.done", from, to));
    }
}
