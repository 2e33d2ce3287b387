package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;

/** {@code /volume <0-100>} (DJ). */
final class VolumeCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.djControl("volume", "Set the playback volume")
            .withOptions(OptionSpec.requiredInteger("level", "0 to 100").withRange(0, 100));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        long level = ctx.integer("level").orElse(-1);
        if (level < 0 || level > 100) {
            return Reply.ephemeral(ctx.text("volume.range"));
        }
        ctx.playback().setVolume((int) level);
        return Reply.of(ctx.text("volume.done", level));
    }
}
