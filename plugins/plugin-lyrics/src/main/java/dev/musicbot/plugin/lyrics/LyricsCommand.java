package dev.musicbot.plugin.lyrics;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.OptionType;
import dev.musicbot.api.command.PostedMessage;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code /lyrics [query] [live]}: the song playing (or the one typed) as a paged embed; {@code live:true} follows
 * the song playing line by line in one message, when LRCLIB has synced lyrics for it.
 */
final class LyricsCommand implements CommandHandler {
    static final String NAME = "lyrics";
    private static final CommandSpec SPEC = CommandSpec.of(NAME, Messages.COMMAND_DESCRIPTION)
            .withOptions(
                    OptionSpec.optionalText("query", Messages.QUERY_DESCRIPTION),
                    new OptionSpec("live", Messages.LIVE_DESCRIPTION, OptionType.BOOLEAN, false, List.of(), false));

    private final LyricsFinder finder;
    private final LiveSessions live;
    private final Duration timeout;

    LyricsCommand(LyricsFinder finder, LiveSessions live, Duration timeout) {
        this.finder = finder;
        this.live = live;
        this.timeout = timeout;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        boolean wantLive = ctx.string("live").map(Boolean::parseBoolean).orElse(false);
        Optional<String> query = ctx.string("query").map(String::strip).filter(q -> !q.isEmpty());
        if (query.isPresent()) {
            if (wantLive) {
                return Reply.ephemeral(Messages.LIVE_NEEDS_CURRENT);
            }
            SongQuery song = TitleCleanup.typed(query.get());
            return show(finder.find(song, Duration.ZERO), query.get());
        }
        Optional<QueuedTrack> current = ctx.playback().current();
        if (current.isEmpty()) {
            return Reply.ephemeral(Messages.NOTHING_PLAYING);
        }
        TrackInfo info = current.get().track().info();
        Lookup found = finder.find(TitleCleanup.of(info.title(), info.author()), info.length());
        if (wantLive && found instanceof Lookup.Found(Lyrics lyrics) && lyrics.hasSynced()) {
            return goLive(ctx, current.get(), lyrics);
        }
        Reply reply = show(found, info.title());
        if (wantLive && found instanceof Lookup.Found(Lyrics lyrics) && !lyrics.instrumental()) {
            return new Reply(Messages.noSynced(lyrics.heading()), reply.embeds(), reply.buttons(), false);
        }
        return reply;
    }

    private Reply goLive(CommandContext ctx, QueuedTrack track, Lyrics lyrics) {
        Optional<PostedMessage> message = ctx.post(LiveView.at(lyrics, -1));
        if (message.isEmpty()) {
            return Reply.ephemeral(Messages.CANNOT_POST);
        }
        live.start(ctx.guild(), new LiveFollower(ctx.playback(), track, lyrics, message.get(), System::nanoTime));
        return Reply.ephemeral(Messages.following(lyrics.heading()));
    }

    private Reply show(Lookup found, String asked) {
        return switch (found) {
            case Lookup.Found(Lyrics lyrics)
            when lyrics.instrumental() && lyrics.text().isBlank() ->
                Reply.ephemeral(Messages.instrumental(lyrics.heading()));
            case Lookup.Found(Lyrics lyrics) -> LyricsPages.page(lyrics, 0, "");
            case Lookup.NotFound _ -> Reply.ephemeral(Messages.notFound(asked));
            case Lookup.Unavailable(boolean timedOut) ->
                Reply.ephemeral(timedOut ? Messages.timedOut(timeout.toSeconds()) : Messages.failed());
        };
    }

    /** {@code prev:<id>:<page>} and {@code next:<id>:<page>}: shows that page in place. */
    @Override
    public Reply onButton(String action, CommandContext ctx) {
        String[] parts = action.split(":");
        if (parts.length != 3) {
            return Reply.ephemeral(Messages.BUTTON_GONE);
        }
        long id;
        int page;
        try {
            id = Long.parseLong(parts[1]);
            page = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return Reply.ephemeral(Messages.BUTTON_GONE);
        }
        return switch (finder.byId(id)) {
            case Lookup.Found(Lyrics lyrics) -> LyricsPages.page(lyrics, page, "");
            case Lookup.NotFound _ -> Reply.ephemeral(Messages.BUTTON_GONE);
            case Lookup.Unavailable(boolean timedOut) ->
                Reply.ephemeral(timedOut ? Messages.timedOut(timeout.toSeconds()) : Messages.failed());
        };
    }

    void stopLive() {
        live.stopAll();
    }
}
