package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;

/** {@code /247}: toggle this guild's 24/7 mode (DJ); kept across restarts. */
final class TwentyFourSevenCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("247", "Stay in the voice channel around the clock (toggle)")
            .requiring(Precondition.DJ);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        boolean stay = !ctx.playback().stayConnected();
        ctx.playback().setStayConnected(stay);
        return Reply.of(stay ? ctx.text("247.on") : ctx.text("247.off"));
    }
}
