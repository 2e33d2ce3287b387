package dev.musicbot.api.testkit;

import dev.musicbot.api.source.LoadRequest;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.Track;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link TrackLoader} that answers from a script: each input (exactly as typed) gets the result the test gave,
 * anything else {@link ResolveResult.NoMatch} "nothing found for the input". Records every query and every
 * submitted request, so a test can check what a command looked up and at which priority. Thread-safe.
 */
public final class FakeTrackLoader implements TrackLoader {
    private final Map<String, ResolveResult> answers = new ConcurrentHashMap<>();
    private final List<TrackQuery> queries = new CopyOnWriteArrayList<>();
    private final List<LoadRequest> requests = new CopyOnWriteArrayList<>();

    /**
     * Makes {@code input} resolve to {@code result}.
     *
     * @param input the query as typed
     * @param result the result
     * @return this loader
     */
    public FakeTrackLoader answer(String input, ResolveResult result) {
        answers.put(input, result);
        return this;
    }

    /**
     * Makes {@code input} resolve to one track.
     *
     * @param input the query as typed
     * @param track the track
     * @return this loader
     */
    public FakeTrackLoader answer(String input, Track track) {
        return answer(input, new ResolveResult.Single(track));
    }

    /**
     * The inputs looked up (through {@link #load} or {@link #submit}), in order.
     *
     * @return the inputs as typed
     */
    public List<String> inputs() {
        return queries.stream().map(TrackQuery::input).toList();
    }

    /**
     * The requests submitted through {@link #submit}, in order.
     *
     * @return the requests
     */
    public List<LoadRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public ResolveResult load(TrackQuery query) {
        queries.add(query);
        return answers.getOrDefault(query.input(), new ResolveResult.NoMatch("nothing found for " + query.input()));
    }

    /** Answers at once, on the caller's thread, without the listener's intermediate states. */
    @Override
    public CompletableFuture<ResolveResult> submit(LoadRequest request) {
        requests.add(request);
        return CompletableFuture.completedFuture(load(request.query()));
    }
}
