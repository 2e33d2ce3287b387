package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Reply;

/** {@code /pause}. */
final class PauseCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.control("pause", "Pause the current song");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        Controls.playing(ctx);
        if (ctx.playback().isPaused()) {
            return Reply.ephemeral(ctx.text("pause.already"));
        }
        ctx.playback().setPaused(true);
        return Reply.of(ctx.text("pause.done"));
    }
}
