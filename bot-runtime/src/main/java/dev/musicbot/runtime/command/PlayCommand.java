package dev.musicbot.runtime.command;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.Track;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code /play <query>}: resolve, join the caller's channel if needed, and queue. */
final class PlayCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("play", "Play a song or add it to the queue")
            .withOptions(OptionSpec.optionalText(
                    "query", "A link or words to search for; leave empty to play the active playlist"))
            .requiring(Precondition.CALLER_IN_VOICE, Precondition.SAME_VOICE_CHANNEL);

    private final ActivePlaylist playlists;

    PlayCommand(ActivePlaylist playlists) {
        this.playlists = playlists;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String input = ctx.string("query").orElse("");
        if (input.isBlank()) {
            return playActive(ctx);
        }
        ResolveResult result = Lookup.resolve(ctx, new TrackQuery(input));
        return switch (result) {
            case ResolveResult.Single single -> queue(ctx, List.of(single.track()), null);
            case ResolveResult.SearchHits hits -> queue(ctx, hits.tracks().subList(0, 1), null);
            case ResolveResult.Playlist playlist -> queue(ctx, playlist.tracks(), playlist.name());
            case ResolveResult.NoMatch noMatch -> Reply.ephemeral(noMatch.reason());
            case ResolveResult.Failed failed -> Reply.ephemeral(failed.error().getMessage());
        };
    }

    private Reply playActive(CommandContext ctx) {
        var active = playlists.active(ctx);
        if (active.isEmpty()) {
            return Reply.ephemeral(
                    "Tell me what to play (a link, or words to search for), or pick a playlist with /use.");
        }
        List<Track> tracks = ActivePlaylist.tracks(ctx, active.get());
        if (tracks.isEmpty()) {
            return Reply.ephemeral("The active playlist **"
                    + Format.escape(active.get().name()) + "** is empty. Add songs with /add.");
        }
        return queue(ctx, tracks, active.get().name());
    }

    static Reply queue(CommandContext ctx, List<Track> tracks, @Nullable String playlistName) {
        if (tracks.isEmpty()) {
            return Reply.ephemeral("That playlist is empty.");
        }
        GuildPlayback playback = ctx.playback();
        ChannelId channel = ctx.callerVoiceChannel().orElseThrow();
        if (playback.voiceChannel().isEmpty()) {
            playback.join(channel);
        }
        int first = playback.enqueue(tracks.getFirst(), ctx.caller());
        tracks.stream().skip(1).forEach(track -> playback.enqueue(track, ctx.caller()));
        String title = Format.title(tracks.getFirst());
        if (playlistName != null) {
            return Reply.of("Queued " + tracks.size() + " tracks from **" + Format.escape(playlistName) + "**.");
        }
        return Reply.of(first == 0 ? "Now playing: " + title : "Queued at position " + first + ": " + title);
    }
}
