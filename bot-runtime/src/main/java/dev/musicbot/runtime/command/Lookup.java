package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.source.LoadPriority;
import dev.musicbot.api.source.LoadRequest;
import dev.musicbot.api.source.LoadState;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One interactive lookup on the processing workers. The caller's thread waits; while the lookup is slow it
 * shows what is happening (waiting for a worker, retrying) about once a second. Nothing here blocks a worker.
 */
final class Lookup {
    private static final long TICK_MILLIS = 1000;

    private Lookup() {}

    /** Resolves the query at URGENT priority (a member is waiting for the reply). */
    static ResolveResult resolve(CommandContext ctx, TrackQuery query) {
        AtomicReference<String> status = new AtomicReference<>(ctx.text("lookup.processing", quoted(query)));
        LoadRequest request = new LoadRequest(
                query,
                LoadPriority.URGENT,
                ctx.caller(),
                (state, attempt) -> status.set(describe(ctx, query, state, attempt)));
        return await(ctx.tracks().submit(request), () -> ctx.progress(status.get()));
    }

    /** Waits for a lookup, calling {@code slow} every second until it is done. */
    static ResolveResult await(CompletableFuture<ResolveResult> pending, Runnable slow) {
        while (true) {
            try {
                return pending.get(TICK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                slow.run();
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                return new ResolveResult.NoMatch(RuntimeMessages.text("lookup.cancelled"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pending.cancel(false);
                return new ResolveResult.NoMatch(RuntimeMessages.text("lookup.cancelled"));
            }
        }
    }

    private static String describe(CommandContext ctx, TrackQuery query, LoadState state, int attempt) {
        return switch (state) {
            case PENDING ->
                attempt == 0 ? ctx.text("lookup.waiting", quoted(query)) : ctx.text("lookup.retrying", quoted(query));
            case PROCESSING ->
                attempt > 1
                        ? ctx.text("lookup.processing-attempt", quoted(query), attempt)
                        : ctx.text("lookup.processing", quoted(query));
            case READY, FAILED -> ctx.text("lookup.almost");
        };
    }

    private static String quoted(TrackQuery query) {
        String text = query.input();
        return "`" + (text.length() > 80 ? text.substring(0, 80) + "…" : text).replace("`", "'") + "`";
    }
}
