package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Reply;

/** {@code /previous}: play the previous song again. */
final class PreviousCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.control("previous", "Play the previous song again");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        return ctx.playback()
                .previous()
                .map(track -> Reply.of(ctx.text("previous.done", Format.title(track.track()))))
                .orElseGet(() -> Reply.ephemeral(ctx.text("previous.none")));
    }
}
