package dev.musicbot.runtime.command;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Reply;

/** {@code /leave}: stop, clear the queue and leave voice (DJ). */
final class LeaveCommand implements CommandHandler {
    // Leaving clears the queue, like /stop, so it is a DJ control too.
    private static final CommandSpec SPEC = Controls.djControl("leave", "Stop the music and leave the voice channel");

    private final BackgroundLoads loads;

    LeaveCommand(BackgroundLoads loads) {
        this.loads = loads;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        ChannelId channel = ctx.playback().voiceChannel().orElse(null);
        loads.cancel(ctx.guild());
        ctx.playback().leave();
        return Reply.of(channel == null ? ctx.text("leave.done") : ctx.text("leave.channel", "<#" + channel + ">"));
    }
}
