package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.RepeatMode;

/**
 * {@code /nowplaying}: the current song with a progress bar, and player buttons (pause/resume, skip, stop,
 * repeat, shuffle) that obey the same rules as the commands, and ♥ Favourite, which adds the song to the
 * presser's own favourites.
 */
final class NowPlayingCommand implements CommandHandler {
    private static final CommandSpec SPEC =
            CommandSpec.of("nowplaying", "Show the current song").requiring(Precondition.BOT_IN_VOICE);

    private final BackgroundLoads loads;
    private final Favourites favourites;

    NowPlayingCommand(BackgroundLoads loads, Favourites favourites) {
        this.loads = loads;
        this.favourites = favourites;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        Controls.playing(ctx);
        return NowPlayingCard.render(ctx.playback(), ctx.locale());
    }

    @Override
    public Reply onButton(String action, CommandContext ctx) {
        GuildPlayback playback = ctx.playback();
        if (action.equals(NowPlayingCard.FAVOURITE)) { // personal: no need to be in the channel
            return Reply.ephemeral(favourites.add(ctx, Controls.playing(ctx).track()));
        }
        if (ctx.callerVoiceChannel().isEmpty() || !ctx.callerVoiceChannel().equals(playback.voiceChannel())) {
            return Reply.ephemeral(ctx.text("nowplaying.join-first"));
        }
        QueuedTrack current = Controls.playing(ctx);
        switch (action) {
            case "toggle" -> playback.setPaused(!playback.isPaused());
            case "skip" -> {
                if (!Controls.owns(ctx, current)) {
                    return Reply.ephemeral(ctx.text("nowplaying.skip-not-owner"));
                }
                playback.skip();
            }
            case "stop" -> {
                if (!ctx.callerIsDj()) {
                    return Reply.ephemeral(ctx.text("nowplaying.stop-dj-only"));
                }
                loads.cancel(ctx.guild());
                playback.stop();
                return Reply.of(ctx.text("nowplaying.stopped"));
            }
            case "repeat" -> playback.setRepeat(next(playback.repeat()));
            case "shuffle" -> playback.shuffle();
            default -> {
                return CommandHandler.super.onButton(action, ctx);
            }
        }
        return playback.current().isPresent()
                ? NowPlayingCard.render(playback, ctx.locale())
                : Reply.of(ctx.text("nowplaying.queue-empty"));
    }

    private static RepeatMode next(RepeatMode mode) {
        return switch (mode) {
            case OFF -> RepeatMode.TRACK;
            case TRACK -> RepeatMode.QUEUE;
            case QUEUE -> RepeatMode.OFF;
        };
    }
}
