package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Reply;

/** {@code /stop}: stop and clear the queue (DJ). */
final class StopCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.djControl("stop", "Stop the music and clear the queue");

    private final BackgroundLoads loads;

    StopCommand(BackgroundLoads loads) {
        this.loads = loads;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        int queued = ctx.playback().queue().size();
        loads.cancel(ctx.guild());
        ctx.playback().stop();
        return Reply.of(queued > 0 ? ctx.text("stop.cleared", queued) : ctx.text("stop.done"));
    }
}
