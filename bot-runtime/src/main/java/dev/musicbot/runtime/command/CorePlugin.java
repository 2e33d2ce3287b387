package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;
import org.jspecify.annotations.Nullable;

/** The built-in commands, registered like any plugin's. */
public final class CorePlugin implements BotPlugin {

    @Override
    public String id() {
        return "core";
    }

    /**
     * The built-in commands' settings, section {@code plugins.core}.
     *
     * @param voteSkipRatio the share of listeners whose votes skip a song (default 0.5)
     */
    public record CoreConfig(@Nullable Double voteSkipRatio) {}

    @Override
    public void start(PluginContext ctx) {
        CoreConfig config = ctx.config(CoreConfig.class);
        double voteRatio = config.voteSkipRatio() == null ? 0.5 : config.voteSkipRatio();
        if (!(voteRatio > 0 && voteRatio <= 1)) {
            throw new IllegalArgumentException("plugins.core.vote-skip-ratio must be above 0 and at most 1");
        }
        ctx.register(CommandHandler.class, new PingCommand());
        ctx.register(CommandHandler.class, new JoinCommand());
        ActivePlaylist playlists = new ActivePlaylist(ctx);
        BackgroundLoads loads = new BackgroundLoads();
        Favourites favourites = new Favourites(playlists);
        ctx.register(CommandHandler.class, new PlayCommand(playlists));
        ctx.register(CommandHandler.class, new AplayCommand(loads));
        ctx.register(CommandHandler.class, new LeaveCommand(loads));
        ctx.register(CommandHandler.class, new PauseCommand());
        ctx.register(CommandHandler.class, new ResumeCommand());
        ctx.register(CommandHandler.class, new SkipCommand(voteRatio));
        ctx.register(CommandHandler.class, new StopCommand(loads));
        ctx.register(CommandHandler.class, new QueueCommand());
        ctx.register(CommandHandler.class, new NowPlayingCommand(loads, favourites));
        ctx.register(CommandHandler.class, new VolumeCommand());
        ctx.register(CommandHandler.class, new RepeatCommand());
        ctx.register(CommandHandler.class, new ShuffleCommand());
        ctx.register(CommandHandler.class, new SeekCommand());
        ctx.register(CommandHandler.class, new RemoveCommand(playlists));
        ctx.register(CommandHandler.class, new MoveCommand());
        ctx.register(CommandHandler.class, new ClearCommand());
        ctx.register(CommandHandler.class, new PreviousCommand());
        ctx.register(CommandHandler.class, new TwentyFourSevenCommand());
        ctx.register(CommandHandler.class, new FilterCommand());
        ctx.register(CommandHandler.class, new EqCommand());
        ctx.register(CommandHandler.class, new HistoryCommand());
        ctx.register(CommandHandler.class, new SearchCommand());
        ctx.register(CommandHandler.class, new NormalizeCommand());
        ctx.register(CommandHandler.class, new AutoplayCommand());
        ctx.register(CommandHandler.class, new FavouritesCommand(favourites));
    }
}
