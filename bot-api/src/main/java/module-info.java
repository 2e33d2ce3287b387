/**
 * The contract between the music bot's runtime and its plugins.
 *
 * <p>A plugin implements {@link dev.musicbot.api.plugin.BotPlugin} (its one discovered entry point) and, in
 * {@code start}, registers its extensions through the {@link dev.musicbot.api.plugin.PluginContext}:
 *
 * <ul>
 *   <li>{@link dev.musicbot.api.source.SourceResolver}: turns user input into tracks (many, ordered);
 *   <li>{@link dev.musicbot.api.command.CommandHandler}: contributes a slash command (many, unique names);
 *   <li>{@link dev.musicbot.api.storage.PlaylistStore}: playlist persistence (one, chosen by configuration);
 *   <li>{@link dev.musicbot.api.storage.GuildStateStore}: guild settings and queue snapshots (one, the same
 *       store as the playlists);
 *   <li>{@link dev.musicbot.api.playback.PlaybackListener}: track start and end events (many);
 *   <li>{@link dev.musicbot.api.source.TrackRecommender}: related tracks for autoplay (many, ordered);
 *   <li>{@link dev.musicbot.api.playback.SegmentProvider}: stretches of a track to skip (many, incubating);
 *   <li>{@link dev.musicbot.api.audio.AudioSourceContributor}: hands a LavaPlayer source to the engine
 *       (incubating; the only place LavaPlayer types appear).
 * </ul>
 *
 * <p>This module does no I/O and depends on nothing but the JDK, JSpecify annotations and (optionally,
 * for the incubating audio package) LavaPlayer.
 *
 * @uses dev.musicbot.api.plugin.BotPlugin
 */
module dev.musicbot.api {
    requires static transitive org.jspecify;
    requires transitive java.net.http;
    requires static transitive lavaplayer;

    exports dev.musicbot.api;
    exports dev.musicbot.api.track;
    exports dev.musicbot.api.source;
    exports dev.musicbot.api.command;
    exports dev.musicbot.api.playback;
    exports dev.musicbot.api.storage;
    exports dev.musicbot.api.plugin;
    exports dev.musicbot.api.audio;
    exports dev.musicbot.api.text;
}
