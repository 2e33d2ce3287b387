package dev.musicbot.runtime.command;

import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.source.LoadPriority;
import dev.musicbot.api.source.LoadRequest;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /aplay <playlist link>}: loads a playlist through the processing pipeline. The first songs are
 * processed at once and the rest in the background; each joins the queue in playlist order as soon as it is
 * ready, so music starts after the first song. One message follows the whole load; {@code /stop} or
 * {@code /leave} cancels what is left.
 */
final class AplayCommand implements CommandHandler {
    /** How many songs are processed at HIGH priority before the rest go to the background. */
    static final int EAGER = 3;

    private static final CommandSpec SPEC = CommandSpec.of(
                    "aplay",
                    "Load a whole playlist: music starts with the first song, the rest loads in the background")
            .withOptions(OptionSpec.requiredText("url", "A playlist link"))
            .requiring(Precondition.CALLER_IN_VOICE, Precondition.SAME_VOICE_CHANNEL);

    private final BackgroundLoads loads;

    AplayCommand(BackgroundLoads loads) {
        this.loads = loads;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String url = ctx.string("url").orElse("");
        if (url.isBlank() || new TrackQuery(url).url().isEmpty()) {
            return Reply.ephemeral(ctx.text("aplay.needs-link"));
        }
        TrackQuery query = new TrackQuery(url);
        return switch (Lookup.resolve(ctx, query)) {
            case ResolveResult.Playlist playlist -> load(ctx, playlist);
            case ResolveResult.Single single -> PlayCommand.queue(ctx, List.of(single.track()), null);
            case ResolveResult.SearchHits hits ->
                PlayCommand.queue(ctx, hits.tracks().subList(0, 1), null);
            case ResolveResult.NoMatch noMatch -> Reply.ephemeral(noMatch.reason(ctx.locale()));
            case ResolveResult.Failed failed -> Reply.ephemeral(failed.error().message(ctx.locale()));
        };
    }

    private Reply load(CommandContext ctx, ResolveResult.Playlist playlist) {
        GuildPlayback playback = ctx.playback();
        if (playback.voiceChannel().isEmpty()) {
            playback.join(ctx.callerVoiceChannel().orElseThrow());
        }
        List<CompletableFuture<ResolveResult>> pending = submitAll(ctx, playlist.tracks());
        BackgroundLoads.Handle handle = loads.begin(ctx.guild());
        handle.track(pending);
        PlaylistLoad load = new PlaylistLoad(playlist.name(), playlist.tracks(), ctx.locale());
        VoiceWatch voice = new VoiceWatch(playback);
        try {
            for (int i = 0; i < pending.size() && !stopped(handle, voice); i++) {
                ResolveResult outcome = Lookup.await(pending.get(i), () -> ctx.progress(load.progress()));
                if (!add(ctx, load, playlist.tracks().get(i), outcome)) {
                    break;
                }
                ctx.progress(load.progress());
            }
        } finally {
            loads.end(ctx.guild(), handle);
            pending.forEach(p -> p.cancel(false));
        }
        return Reply.of(load.summary(stopped(handle, voice)));
    }

    private static List<CompletableFuture<ResolveResult>> submitAll(CommandContext ctx, List<Track> tracks) {
        List<CompletableFuture<ResolveResult>> pending = new ArrayList<>(tracks.size());
        for (int i = 0; i < tracks.size(); i++) {
            Track track = tracks.get(i);
            LoadPriority priority = i < EAGER ? LoadPriority.HIGH : LoadPriority.LOW;
            pending.add(track.info()
                    .page()
                    .map(page -> ctx.tracks().submit(LoadRequest.of(new TrackQuery(page), priority, ctx.caller())))
                    .orElseGet(() -> CompletableFuture.completedFuture(new ResolveResult.Single(track))));
        }
        return pending;
    }

    /** Queues one processed song; false when the queue refuses more. */
    private static boolean add(CommandContext ctx, PlaylistLoad load, Track listed, ResolveResult outcome) {
        var track = outcome.playable();
        if (track.isEmpty()) {
            load.failed(listed, reasonOf(outcome, ctx));
            return true;
        }
        try {
            ctx.playback().enqueue(track.get(), ctx.caller());
            load.queued();
            return true;
        } catch (UserFacingException full) {
            load.refused(full.message(ctx.locale()));
            return false;
        }
    }

    private static String reasonOf(ResolveResult outcome, CommandContext ctx) {
        return switch (outcome) {
            case ResolveResult.NoMatch noMatch -> noMatch.reason(ctx.locale());
            case ResolveResult.Failed failed -> failed.error().message(ctx.locale());
            default -> ctx.text("aplay.nothing-playable");
        };
    }

    private static boolean stopped(BackgroundLoads.Handle handle, VoiceWatch voice) {
        return handle.cancelled() || voice.left();
    }

    /** Notices the bot leaving voice (for any reason) once it has connected; joining takes a moment. */
    private static final class VoiceWatch {
        private final GuildPlayback playback;
        private boolean connected;

        VoiceWatch(GuildPlayback playback) {
            this.playback = playback;
        }

        boolean left() {
            boolean now = playback.voiceChannel().isPresent();
            connected |= now;
            return connected && !now;
        }
    }
}
