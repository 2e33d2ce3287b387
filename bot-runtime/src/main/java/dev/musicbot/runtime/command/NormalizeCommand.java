package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;

/**
 * {@code /normalize <on|off>} (DJ): every track brought to the same loudness (-14 LUFS, measured per ITU-R
 * BS.1770 over its first seconds), kept across restarts.
 */
final class NormalizeCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.djControl("normalize", "Play every song equally loud")
            .withOptions(OptionSpec.requiredChoice("mode", "on or off", "on", "off"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        return switch (ctx.string("mode").orElse("")) {
            case "on" -> {
                ctx.playback().setNormalizing(true);
                yield Reply.of(ctx.text("normalize.on"));
            }
            case "off" -> {
                ctx.playback().setNormalizing(false);
                yield Reply.of(ctx.text("normalize.off"));
            }
            default -> Reply.ephemeral(ctx.text("normalize.usage"));
        };
    }
}
