package dev.musicbot.api.testkit;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.RepeatMode;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A {@link GuildPlayback} in memory, for behavioural tests of commands: a current track, a queue and a history
 * with the documented semantics, and every setting a command can change. No audio, no Discord. Not thread-safe.
 */
public final class FakeGuildPlayback implements GuildPlayback {
    private final GuildId guild;
    private final List<QueuedTrack> queue = new ArrayList<>();
    private final List<QueuedTrack> history = new ArrayList<>();
    private final Random shuffles = new Random(42);
    private Optional<ChannelId> voiceChannel = Optional.empty();
    private Optional<QueuedTrack> current = Optional.empty();
    private Duration position = Duration.ZERO;
    private boolean paused;
    private int volume = 100;
    private RepeatMode repeat = RepeatMode.OFF;
    private boolean stayConnected;

    /**
     * An idle player, not in voice.
     *
     * @param guild its guild
     */
    public FakeGuildPlayback(GuildId guild) {
        this.guild = guild;
    }

    /**
     * A track that plays a loopback file, for tests.
     *
     * @param title its title (also its identifier's last part)
     * @param seconds its length
     * @return the track
     */
    public static Track track(String title, long seconds) {
        return new Track(
                TrackInfo.of(title, Duration.ofSeconds(seconds)),
                new PlaybackRef.Engine("https://example.org/" + title + ".ogg"),
                "http");
    }

    /**
     * Puts the player in a voice channel and queues tracks as one member would, the first playing.
     *
     * @param channel the voice channel
     * @param requester who queued them
     * @param tracks the tracks
     * @return this player
     */
    public FakeGuildPlayback playing(ChannelId channel, UserId requester, Track... tracks) {
        join(channel);
        for (Track track : tracks) {
            enqueue(track, requester);
        }
        return this;
    }

    @Override
    public GuildId guild() {
        return guild;
    }

    @Override
    public Optional<ChannelId> voiceChannel() {
        return voiceChannel;
    }

    @Override
    public void join(ChannelId channel) {
        voiceChannel = Optional.of(channel);
    }

    @Override
    public void leave() {
        stop();
        voiceChannel = Optional.empty();
    }

    @Override
    public int enqueue(Track track, UserId requester) {
        QueuedTrack queued = new QueuedTrack(track, requester);
        if (current.isEmpty()) {
            start(queued);
            return 0;
        }
        queue.add(queued);
        return queue.size();
    }

    private void start(QueuedTrack track) {
        current = Optional.of(track);
        position = Duration.ZERO;
    }

    @Override
    public Optional<QueuedTrack> current() {
        return current;
    }

    @Override
    public List<QueuedTrack> queue() {
        return List.copyOf(queue);
    }

    @Override
    public List<QueuedTrack> history() {
        return List.copyOf(history);
    }

    @Override
    public Duration position() {
        return position;
    }

    @Override
    public boolean isPaused() {
        return paused;
    }

    @Override
    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    @Override
    public Optional<QueuedTrack> skip() {
        current.ifPresent(history::add);
        current = Optional.empty();
        if (!queue.isEmpty()) {
            start(queue.removeFirst());
        }
        return current;
    }

    @Override
    public Optional<QueuedTrack> skipTo(int position) {
        if (position < 1 || position > queue.size()) {
            return Optional.empty();
        }
        current.ifPresent(history::add);
        List<QueuedTrack> skipped = new ArrayList<>(queue.subList(0, position - 1));
        queue.subList(0, position - 1).clear();
        history.addAll(skipped);
        start(queue.removeFirst());
        return current;
    }

    @Override
    public Optional<QueuedTrack> previous() {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        current.ifPresent(track -> queue.addFirst(track));
        start(history.removeLast());
        return current;
    }

    @Override
    public void stop() {
        current = Optional.empty();
        queue.clear();
        position = Duration.ZERO;
        paused = false;
    }

    @Override
    public int volume() {
        return volume;
    }

    @Override
    public void setVolume(int volume) {
        if (volume < 0 || volume > 100) {
            throw new IllegalArgumentException("volume " + volume);
        }
        this.volume = volume;
    }

    @Override
    public RepeatMode repeat() {
        return repeat;
    }

    @Override
    public void setRepeat(RepeatMode mode) {
        repeat = mode;
    }

    @Override
    public boolean stayConnected() {
        return stayConnected;
    }

    @Override
    public void setStayConnected(boolean stay) {
        stayConnected = stay;
    }

    @Override
    public void shuffle() {
        Collections.shuffle(queue, shuffles);
    }

    @Override
    public void seek(Duration position) {
        QueuedTrack playing =
                current.orElseThrow(() -> new UserFacingException("Nothing is playing.", Severity.COMMON));
        if (position.isNegative() || position.compareTo(playing.track().info().length()) > 0) {
            throw new IllegalArgumentException("position " + position);
        }
        this.position = position;
    }

    @Override
    public Optional<QueuedTrack> remove(int position) {
        if (position < 1 || position > queue.size()) {
            return Optional.empty();
        }
        return Optional.of(queue.remove(position - 1));
    }

    @Override
    public boolean move(int from, int to) {
        if (from < 1 || from > queue.size() || to < 1 || to > queue.size()) {
            return false;
        }
        queue.add(to - 1, queue.remove(from - 1));
        return true;
    }

    @Override
    public int clear() {
        int removed = queue.size();
        queue.clear();
        return removed;
    }
}
