package dev.musicbot.plugin.playlists;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;
import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.plugin.playlists.jdbc.PostgresGuildStateStore;
import dev.musicbot.plugin.playlists.jdbc.PostgresPlaylistStore;
import dev.musicbot.plugin.playlists.store.JsonFilePlaylistStore;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The original bot's playlist system: the JSON-file playlist store and the playlist commands; with a JDBC URL, the
 * PostgreSQL stores of playlists and of guild state. The commands
 * find the store through the extension point when they run, so a store from another plugin can replace ours
 * ({@code storage.playlists}).
 */
public final class PlaylistsPlugin implements BotPlugin {

    @Override
    public String id() {
        return "playlists";
    }

    @Override
    public void start(PluginContext ctx) {
        PlaylistsConfig config = ctx.config(PlaylistsConfig.class);
        PlaylistsConfig.Limits limits = config.limits();
        if (config.jdbcUrl() != null && !config.jdbcUrl().isBlank()) {
            String user = config.jdbcUser() == null ? "" : config.jdbcUser();
            String password = config.jdbcPassword() == null ? "" : config.jdbcPassword();
            ctx.register(PlaylistStore.class, new PostgresPlaylistStore(config.jdbcUrl(), user, password));
            // Guild settings and queues live in the same store as the playlists (selected by the same id).
            ctx.register(GuildStateStore.class, new PostgresGuildStateStore(config.jdbcUrl(), user, password));
        }
        try {
            ctx.register(
                    PlaylistStore.class, new JsonFilePlaylistStore(ctx.dataDir().resolve("playlist")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the playlist directory", e);
        }
        Playlists playlists = new Playlists(ctx, limits);
        ctx.register(CommandHandler.class, new CreateCommand(playlists));
        ctx.register(CommandHandler.class, AddCommand.toActive(playlists));
        ctx.register(CommandHandler.class, AddCommand.toNamed(playlists));
        ctx.register(CommandHandler.class, new UseCommand(playlists));
        ctx.register(CommandHandler.class, new ShowPlaylistCommand(playlists));
        ctx.register(CommandHandler.class, new ListPlaylistsCommand(playlists));
        ctx.register(CommandHandler.class, new DeleteCommand(playlists));
        ctx.register(CommandHandler.class, new SaveCommand(playlists));
        ctx.register(CommandHandler.class, new ExportCommand(playlists));
        ctx.register(CommandHandler.class, new ImportCommand(playlists));
    }
}
