package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.runtime.BotVersion;

/** {@code /ping}: shows that the bot is alive and which version runs. */
final class PingCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("ping", "Check that the bot is alive");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        return Reply.ephemeral(ctx.text("ping.pong", BotVersion.build()));
    }
}
