package dev.musicbot.runtime.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.musicbot.api.UserId;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.command.SelectMenu;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.Track;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code /search <query>}: the top hits in a select menu; picking one queues it like {@code /play}. Only the
 * member who searched may pick, once; the hits are kept for {@value #KEEP_MINUTES} minutes.
 */
final class SearchCommand implements CommandHandler {
    static final int MAX_HITS = 10;
    static final int KEEP_MINUTES = 10;
    private static final CommandSpec SPEC = CommandSpec.of("search", "Search and pick a song from the top hits")
            .withOptions(OptionSpec.requiredText("query", "Words to search for"))
            .requiring(Precondition.CALLER_IN_VOICE, Precondition.SAME_VOICE_CHANNEL);

    /** One member's search results, waiting for a pick. */
    private record Search(UserId requester, List<Track> hits) {}

    private final Cache<String, Search> searches = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(KEEP_MINUTES))
            .maximumSize(1000)
            .build();

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String input = ctx.string("query").orElse("").strip();
        if (input.isEmpty()) {
            return Reply.ephemeral(ctx.text("search.what"));
        }
        return switch (Lookup.resolve(ctx, new TrackQuery(input))) {
            case ResolveResult.SearchHits found -> menu(ctx, input, found.tracks());
            case ResolveResult.Single single -> menu(ctx, input, List.of(single.track()));
            case ResolveResult.Playlist playlist -> Reply.ephemeral(ctx.text("search.playlist"));
            case ResolveResult.NoMatch noMatch -> Reply.ephemeral(noMatch.reason(ctx.locale()));
            case ResolveResult.Failed failed -> Reply.ephemeral(failed.error().message(ctx.locale()));
        };
    }

    private Reply menu(CommandContext ctx, String input, List<Track> hits) {
        if (hits.isEmpty()) {
            return Reply.ephemeral(ctx.text("search.nothing", Format.escape(input)));
        }
        List<Track> top = List.copyOf(hits.subList(0, Math.min(MAX_HITS, hits.size())));
        String token = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        searches.put(token, new Search(ctx.caller(), top));
        List<SelectMenu.Option> options = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            options.add(option(i, top.get(i), ctx));
        }
        return Reply.of(ctx.text("search.results", Format.escape(input)))
                .withMenu(new SelectMenu("pick:" + token, ctx.text("search.placeholder"), options));
    }

    private static SelectMenu.Option option(int index, Track track, CommandContext ctx) {
        String title = track.info().title().isBlank()
                ? ctx.text("search.untitled")
                : track.info().title();
        List<String> about = new ArrayList<>();
        if (!track.info().author().isBlank()) {
            about.add(track.info().author());
        }
        if (!track.info().length().isZero()) {
            about.add(Format.duration(track.info().length()));
        }
        String description = about.isEmpty() ? null : shorten(String.join(" · ", about));
        return new SelectMenu.Option(shorten((index + 1) + ". " + title), Integer.toString(index), description);
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 99) + "…";
    }

    @Override
    public Reply onSelect(String action, List<String> values, CommandContext ctx) {
        if (!action.startsWith("pick:") || values.size() != 1) {
            return CommandHandler.super.onSelect(action, values, ctx);
        }
        String token = action.substring("pick:".length());
        Search search = searches.getIfPresent(token);
        if (search == null) {
            return Reply.ephemeral(ctx.text("search.expired"));
        }
        if (!search.requester().equals(ctx.caller())) {
            return Reply.ephemeral(ctx.text("search.not-yours"));
        }
        int index;
        try {
            index = Integer.parseInt(values.getFirst());
        } catch (NumberFormatException e) {
            return Reply.ephemeral(ctx.text("search.not-a-result"));
        }
        if (index < 0 || index >= search.hits().size()) {
            return Reply.ephemeral(ctx.text("search.not-a-result"));
        }
        searches.invalidate(token);
        return PlayCommand.queue(ctx, List.of(search.hits().get(index)), null);
    }
}
