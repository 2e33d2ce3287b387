package dev.musicbot.api.source;

/** Hears the state changes of one {@link LoadRequest}. Called on a worker thread; must be quick. */
@FunctionalInterface
public interface LoadListener {

    /** A listener that ignores everything. */
    LoadListener NONE = (state, attempt) -> {};

    /**
     * The request moved to a new state.
     *
     * @param state the new state
     * @param attempt the attempt it is on, from 1
     */
    void changed(LoadState state, int attempt);
}
