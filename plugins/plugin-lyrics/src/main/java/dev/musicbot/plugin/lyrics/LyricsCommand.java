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
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /lyrics [query] [live]}: the song playing (or the one typed) as a paged embed; {@code live:true} follows
 * the song playing line by line in one message, when LRCLIB has synced lyrics for it.
 */
final class LyricsCommand implements CommandHandler {
    static final String NAME = "lyrics";
    private static final CommandSpec SPEC = CommandSpec.of(NAME, english("command.lyrics.description"))
            .withOptions(
                    OptionSpec.optionalText("query", english("command.lyrics.option.query.description")),
                    new OptionSpec(
                            "live",
                            english("command.lyrics.option.live.description"),
                            OptionType.BOOLEAN,
                            false,
                            List.of(),
                            false));

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
                return Reply.ephemeral(ctx.text("live.needs-current"));
            }
            SongQuery song = TitleCleanup.typed(query.get());
            return show(ctx, finder.find(song, Duration.ZERO), query.get());
        }
        Optional<QueuedTrack> current = ctx.playback().current();
        if (current.isEmpty()) {
            return Reply.ephemeral(ctx.text("nothing-playing"));
        }
        TrackInfo info = current.get().track().info();
        Lookup found = finder.find(TitleCleanup.of(info.title(), info.author()), info.length());
        if (wantLive && found instanceof Lookup.Found(Lyrics lyrics) && lyrics.hasSynced()) {
            return goLive(ctx, current.get(), lyrics);
        }
        Reply reply = show(ctx, found, info.title());
        if (wantLive && found instanceof Lookup.Found(Lyrics lyrics) && !lyrics.instrumental()) {
            return new Reply(ctx.text("no-synced", lyrics.heading()), reply.embeds(), reply.buttons(), false);
        }
        return reply;
    }

    private Reply goLive(CommandContext ctx, QueuedTrack track, Lyrics lyrics) {
        Optional<PostedMessage> message = ctx.post(LiveView.at(lyrics, -1, ctx.locale()));
        if (message.isEmpty()) {
            return Reply.ephemeral(ctx.text("live.cannot-post"));
        }
        live.start(
                ctx.guild(),
                new LiveFollower(ctx.playback(), track, lyrics, message.get(), ctx.locale(), System::nanoTime));
        return Reply.ephemeral(ctx.text("following", lyrics.heading()));
    }

    private Reply show(CommandContext ctx, Lookup found, String asked) {
        return switch (found) {
            case Lookup.Found(Lyrics lyrics)
            when lyrics.instrumental() && lyrics.text().isBlank() ->
                Reply.ephemeral(ctx.text("instrumental", lyrics.heading()));
            case Lookup.Found(Lyrics lyrics) -> LyricsPages.page(lyrics, 0, "", ctx.locale());
            case Lookup.NotFound _ -> Reply.ephemeral(ctx.text("not-found", asked));
            case Lookup.Unavailable(boolean timedOut) -> unavailable(ctx, timedOut);
        };
    }

    /** {@code prev:<id>:<page>} and {@code next:<id>:<page>}: shows that page in place. */
    @Override
    public Reply onButton(String action, CommandContext ctx) {
        String[] parts = action.split(":");
        if (parts.length != 3) {
            return Reply.ephemeral(ctx.text("button.gone"));
        }
        long id;
        int page;
        try {
            id = Long.parseLong(parts[1]);
            page = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return Reply.ephemeral(ctx.text("button.gone"));
        }
        return switch (finder.byId(id)) {
            case Lookup.Found(Lyrics lyrics) -> LyricsPages.page(lyrics, page, "", ctx.locale());
            case Lookup.NotFound _ -> Reply.ephemeral(ctx.text("button.gone"));
            case Lookup.Unavailable(boolean timedOut) -> unavailable(ctx, timedOut);
        };
    }

    private Reply unavailable(CommandContext ctx, boolean timedOut) {
        return Reply.ephemeral(timedOut ? ctx.text("timed-out", timeout.toSeconds()) : ctx.text("failed"));
    }

    /** The English text of a key: the spec's fallback when a language lacks the command's texts. */
    private static String english(String key) {
        return Messages.text(Locale.ROOT, key);
    }

    void stopLive() {
        live.stopAll();
    }
}
