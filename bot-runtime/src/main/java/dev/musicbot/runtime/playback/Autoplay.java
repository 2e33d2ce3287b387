package dev.musicbot.runtime.playback;

import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.source.TrackRecommender;
import dev.musicbot.api.track.Track;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.text.Markdown;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Autoplay: when a guild's queue runs out, queues a few tracks related to the one that ended. It asks the first
 * {@link TrackRecommender} that accepts that track (the YouTube mix, for YouTube tracks), off the player's thread
 * and for a bounded time; when there is none, it fails, or all it suggests played recently, it takes tracks from
 * the guild's own history instead; when that has nothing fresh either, the music ends as it would without
 * autoplay. Nothing happens while the bot is alone in its channel. No failure here reaches the player.
 */
public final class Autoplay implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Autoplay.class);

    /** How many tracks one refill queues. */
    static final int TRACKS_PER_REFILL = 3;

    private final Supplier<List<TrackRecommender>> recommenders;
    private final int recent;
    private final Duration timeout;
    private final ExecutorService work = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("autoplay-", 0).factory());
    /** Guilds with a refill under way: one at a time each. */
    private final Set<Long> busy = ConcurrentHashMap.newKeySet();

    /**
     * Creates the service.
     *
     * @param recommenders the registered recommenders, in order, looked up at each refill
     * @param recent how many of a guild's last played tracks are never queued again
     * @param timeout how long to wait for a recommender
     */
    public Autoplay(Supplier<List<TrackRecommender>> recommenders, int recent, Duration timeout) {
        this.recommenders = recommenders;
        this.recent = recent;
        this.timeout = timeout;
    }

    /** The player's queue ran out after {@code ended}; returns at once, the refill runs on its own thread. */
    void queueRanOut(GuildPlayer player, QueuedTrack ended) {
        long guild = player.guild().value();
        if (!busy.add(guild)) {
            return;
        }
        try {
            work.execute(() -> {
                try {
                    refill(player, ended);
                } catch (RuntimeException e) {
                    log.warn("Guild {}: autoplay failed", player.guild(), e);
                } finally {
                    busy.remove(guild);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            busy.remove(guild);
        }
    }

    private void refill(GuildPlayer player, QueuedTrack ended) {
        if (player.listeners() == 0) {
            log.debug("Guild {}: no autoplay, nobody is listening", player.guild());
            return;
        }
        List<QueuedTrack> history = player.history();
        Set<String> recentKeys = AutoplayPicks.recentKeys(history, recent);
        List<Track> related = AutoplayPicks.fresh(related(player, ended.track()), recentKeys, TRACKS_PER_REFILL);
        if (!related.isEmpty()) {
            player.autoplayed(related, RuntimeMessages.text("autoplay.from-mix", related.size(), title(ended.track())));
            return;
        }
        List<Track> again = AutoplayPicks.fromHistory(history, recent, TRACKS_PER_REFILL);
        if (again.isEmpty()) {
            log.info("Guild {}: autoplay found nothing that did not play recently", player.guild());
            return;
        }
        player.autoplayed(again, RuntimeMessages.text("autoplay.from-history", again.size()));
    }

    /** The first accepting recommender's suggestions, or none if it fails or takes too long. */
    private List<Track> related(GuildPlayer player, Track seed) {
        TrackRecommender recommender = recommenders.get().stream()
                .filter(r -> r.accepts(seed))
                .findFirst()
                .orElse(null);
        if (recommender == null) {
            return List.of();
        }
        // more than needed: the seed itself and recently played tracks are left out afterwards
        int ask = TRACKS_PER_REFILL + Math.max(1, recent);
        Future<List<Track>> answer = work.submit(() -> recommender.related(seed, ask));
        try {
            return List.copyOf(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            answer.cancel(true);
            log.warn(
                    "Guild {}: {} took longer than {} s to suggest tracks",
                    player.guild(),
                    recommender.id(),
                    timeout.toSeconds());
        } catch (ExecutionException e) {
            log.warn(
                    "Guild {}: {} could not suggest tracks: {}",
                    player.guild(),
                    recommender.id(),
                    e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }

    private static String title(Track track) {
        return Markdown.escape(track.info().title());
    }

    @Override
    public void close() {
        work.shutdownNow();
    }
}
