package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;

/**
 * {@code /autoplay <on|off>} (DJ): when the queue runs out, keep playing related songs (the YouTube mix of the last
 * one, or songs from this server's history); kept across restarts.
 */
final class AutoplayCommand implements CommandHandler {
    /** The key of how the requester of an autoplayed track is shown, in the reader's language. */
    static final String REQUESTER = "autoplay.requester";

    private static final CommandSpec SPEC = CommandSpec.of("autoplay", "Keep playing related songs when the queue ends")
            .withOptions(OptionSpec.requiredChoice("mode", "on or off", "on", "off"))
            .requiring(Precondition.DJ);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        return switch (ctx.string("mode").orElse("")) {
            case "on" -> {
                ctx.playback().setAutoplay(true);
                yield Reply.of(ctx.text("autoplay.on"));
            }
            case "off" -> {
                ctx.playback().setAutoplay(false);
                yield Reply.of(ctx.text("autoplay.off"));
            }
            default -> Reply.ephemeral(ctx.text("autoplay.usage"));
        };
    }
}
