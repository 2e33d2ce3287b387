package dev.musicbot.runtime.command;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.OptionType;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.Track;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code /play <query> [position]}: resolve, join the caller's channel if needed, and queue: at the end, next
 * ({@code position:next}), or now ({@code position:now}, the current song is skipped). Jumping the queue is for
 * DJs.
 */
final class PlayCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("play", "Play a song or add it to the queue")
            .withOptions(
                    OptionSpec.optionalText(
                            "query", "A link or words to search for; leave empty to play the active playlist"),
                    new OptionSpec(
                            "position",
                            "Where it goes: at the end (default), next, or now",
                            OptionType.STRING,
                            false,
                            List.of(Choice.of("end"), Choice.of("next"), Choice.of("now")),
                            false))
            .requiring(Precondition.CALLER_IN_VOICE, Precondition.SAME_VOICE_CHANNEL);

    /** Where {@code /play} puts what it queues. */
    enum Placement {
        /** After everything queued. */
        END,
        /** Before everything queued. */
        NEXT,
        /** Before everything queued, and the current song skipped. */
        NOW
    }

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
        Placement placement = ctx.choice("position", Placement.class).orElse(null);
        if (placement == null && ctx.string("position").isPresent()) {
            return Reply.ephemeral(ctx.text("play.position-usage"));
        }
        Placement where = placement == null ? Placement.END : placement;
        if (where != Placement.END && ctx.playback().current().isPresent() && !ctx.callerIsDj()) {
            return Reply.ephemeral(ctx.text("play.ahead-dj-only"));
        }
        if (input.isBlank()) {
            return playActive(ctx, where);
        }
        ResolveResult result = Lookup.resolve(ctx, new TrackQuery(input));
        return switch (result) {
            case ResolveResult.Single single -> queue(ctx, List.of(single.track()), null, where);
            case ResolveResult.SearchHits hits -> queue(ctx, hits.tracks().subList(0, 1), null, where);
            case ResolveResult.Playlist playlist -> queue(ctx, playlist.tracks(), playlist.name(), where);
            case ResolveResult.NoMatch noMatch -> Reply.ephemeral(noMatch.reason(ctx.locale()));
            case ResolveResult.Failed failed -> Reply.ephemeral(failed.error().message(ctx.locale()));
        };
    }

    private Reply playActive(CommandContext ctx, Placement where) {
        var active = playlists.active(ctx);
        if (active.isEmpty()) {
            return Reply.ephemeral(ctx.text("play.what"));
        }
        List<Track> tracks = ActivePlaylist.tracks(ctx, active.get());
        if (tracks.isEmpty()) {
            return Reply.ephemeral(
                    ctx.text("play.active-empty", Format.escape(active.get().name())));
        }
        return queue(ctx, tracks, active.get().name(), where);
    }

    static Reply queue(CommandContext ctx, List<Track> tracks, @Nullable String playlistName) {
        return queue(ctx, tracks, playlistName, Placement.END);
    }

    static Reply queue(CommandContext ctx, List<Track> tracks, @Nullable String playlistName, Placement where) {
        if (tracks.isEmpty()) {
            return Reply.ephemeral(ctx.text("play.playlist-empty"));
        }
        GuildPlayback playback = ctx.playback();
        ChannelId channel = ctx.callerVoiceChannel().orElseThrow();
        if (playback.voiceChannel().isEmpty()) {
            playback.join(channel);
        }
        int first = enqueue(playback, tracks, ctx.caller(), where);
        String title = Format.title(tracks.getFirst());
        if (where == Placement.NOW && first != 0) {
            playback.skip();
            first = 0;
        }
        if (playlistName != null) {
            boolean next = where != Placement.END && first != 0;
            return Reply.of(ctx.text(
                    next ? "play.queued-playlist-next" : "play.queued-playlist",
                    tracks.size(),
                    Format.escape(playlistName)));
        }
        if (first == 0) {
            return Reply.of(ctx.text("play.now", title));
        }
        return Reply.of(where == Placement.NEXT ? ctx.text("play.next", title) : ctx.text("play.queued", first, title));
    }

    /** Queues the tracks in order from where they go; returns the first one's position (0: it plays now). */
    private static int enqueue(GuildPlayback playback, List<Track> tracks, UserId caller, Placement where) {
        if (where == Placement.END) {
            int first = playback.enqueue(tracks.getFirst(), caller);
            tracks.stream().skip(1).forEach(track -> playback.enqueue(track, caller));
            return first;
        }
        int first = playback.enqueueAt(tracks.getFirst(), caller, 1);
        int next = first == 0 ? 1 : first + 1;
        for (Track track : tracks.subList(1, tracks.size())) {
            playback.enqueueAt(track, caller, next++);
        }
        return first;
    }
}
