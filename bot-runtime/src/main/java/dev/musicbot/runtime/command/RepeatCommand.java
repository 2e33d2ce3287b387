package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.RepeatMode;
import java.util.Locale;

/** {@code /repeat <off|track|queue>} ({@code song} is accepted as the original bot's name for track). */
final class RepeatCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.control("repeat", "Set the repeat mode")
            .withOptions(OptionSpec.requiredChoice("mode", "off, track or queue", "off", "track", "queue"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String mode = ctx.string("mode").orElse("").toLowerCase(Locale.ROOT);
        RepeatMode repeat =
                switch (mode) {
                    case "off" -> RepeatMode.OFF;
                    case "track", "song" -> RepeatMode.TRACK;
                    case "queue" -> RepeatMode.QUEUE;
                    default -> null;
                };
        if (repeat == null) {
            return Reply.ephemeral(ctx.text("repeat.usage"));
        }
        ctx.playback().setRepeat(repeat);
        return Reply.of(ctx.text("repeat.done", label(repeat, ctx.locale())));
    }

    static String label(RepeatMode mode, java.util.Locale locale) {
        return RuntimeMessages.BUNDLE.text(
                locale,
                switch (mode) {
                    case OFF -> "repeat.label.off";
                    case TRACK -> "repeat.label.track";
                    case QUEUE -> "repeat.label.queue";
                });
    }
}
