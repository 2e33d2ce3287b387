package dev.musicbot.runtime.processing;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A resolver that answers from a script of outcomes and records every call. */
final class ScriptedResolver implements SourceResolver {
    /** One scripted answer. */
    enum Step {
        TRACK,
        THROW,
        REFUSE,
        FAULT,
        NO_MATCH
    }

    private final String id;
    private final Deque<Step> script;
    private final Step fallback;
    final List<String> calls = new CopyOnWriteArrayList<>();
    private Function<String, Void> hook = q -> null;

    ScriptedResolver(String id, Step fallback, Step... script) {
        this.id = id;
        this.fallback = fallback;
        this.script = new ArrayDeque<>(List.of(script));
    }

    ScriptedResolver onCall(Function<String, Void> hook) {
        this.hook = hook;
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean accepts(TrackQuery query) {
        return query.hasPrefix(id + ":");
    }

    @Override
    public ResolveResult resolve(TrackQuery query) {
        calls.add(query.input());
        hook.apply(query.input());
        Step step;
        synchronized (script) {
            step = script.isEmpty() ? fallback : script.poll();
        }
        return switch (step) {
            case TRACK -> new ResolveResult.Single(track(query.input()));
            case THROW -> throw new IllegalStateException("scripted fault");
            case REFUSE -> throw new IllegalArgumentException("scripted invalid input");
            case FAULT -> new ResolveResult.Failed(new UserFacingException("The source timed out.", Severity.FAULT));
            case NO_MATCH -> new ResolveResult.NoMatch("Nothing found.");
        };
    }

    static Track track(String title) {
        return new Track(
                TrackInfo.of(title, Duration.ofSeconds(30)),
                new PlaybackRef.Engine("http://example.test/" + title.length()),
                "t");
    }
}
