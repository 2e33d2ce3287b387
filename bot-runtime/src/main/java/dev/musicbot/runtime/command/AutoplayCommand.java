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
    /** How the requester of an autoplayed track is shown. */
    static final String REQUESTER = "autoplay";

    static final String ON = "Autoplay on: when the queue runs out, I'll keep playing related songs.";
    static final String OFF = "Autoplay off: I'll stop when the queue runs out.";
    static final String ON_OR_OFF = "Autoplay is on or off.";

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
                yield Reply.of(ON);
            }
            case "off" -> {
                ctx.playback().setAutoplay(false);
                yield Reply.of(OFF);
            }
            default -> Reply.ephemeral(ON_OR_OFF);
        };
    }
}
