package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Reply;

/** {@code /resume}. */
final class ResumeCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.control("resume", "Resume the paused song");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        Controls.playing(ctx);
        if (!ctx.playback().isPaused()) {
            return Reply.ephemeral(ctx.text("resume.not-paused"));
        }
        ctx.playback().setPaused(false);
        return Reply.of(ctx.text("resume.done"));
    }
}
