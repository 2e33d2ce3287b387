package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;

/** The built-in commands, registered like any plugin's. */
public final class CorePlugin implements BotPlugin {

    @Override
    public String id() {
        return "core";
    }

    @Override
    public void start(PluginContext ctx) {
        ctx.register(CommandHandler.class, new PingCommand());
        ctx.register(CommandHandler.class, new JoinCommand());
        ctx.register(CommandHandler.class, new PlayCommand());
        ctx.register(CommandHandler.class, new LeaveCommand());
    }
}
