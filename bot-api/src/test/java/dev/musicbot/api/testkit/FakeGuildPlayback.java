package dev.musicbot.api.testkit;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.RepeatMode;
import dev.musicbot.api.playback.SegmentSkipping;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A {@link GuildPlayback} in memory, for behavioural tests of commands: a current track, a queue and a history
 * with the documented semantics, and every setting a command can change. No audio, no Discord. Not thread-safe.
 *
 * <p>Two kinds of methods:
 *
 * <ul>
 *   <li>the scripting methods ({@link #playing}, {@link #played}, {@link #at}, {@link #paused}, {@link #refuse},
 *       {@link #queueLimit}) set the scene and are not recorded;
 *   <li>every changing {@link GuildPlayback} method a command calls is recorded, in order, as a {@link
 *       PlaybackCall} ({@link #calls()}, {@link #asked()}), then applied; reads are not recorded. A test of a
 *       refusal can so say "nothing was asked": {@code assertThat(playback.asked()).isEmpty()}.
 * </ul>
 *
 * <p>{@link #basic} makes a player without the optional features, which refuses them as {@link GuildPlayback}'s
 * defaults do.
 *
 * <p>Where the real player refuses (seeking with nothing playing, past the end or in a live stream; a full
 * queue), the fake throws a {@link UserFacingException} with an English text of its own; {@link #refuse} scripts
 * any other refusal.
 */
public final class FakeGuildPlayback implements GuildPlayback {
    private final GuildId guild;
    private final List<QueuedTrack> queue = new ArrayList<>();
    private final List<QueuedTrack> history = new ArrayList<>();
    private final List<PlaybackCall> calls = new ArrayList<>();
    private final Map<String, UserFacingException> refusals = new HashMap<>();
    private final Random shuffles = new Random(42);
    private Optional<ChannelId> voiceChannel = Optional.empty();
    private Optional<QueuedTrack> current = Optional.empty();
    private Duration position = Duration.ZERO;
    private boolean paused;
    private int volume = 100;
    private RepeatMode repeat = RepeatMode.OFF;
    private boolean stayConnected;
    private AudioFilters filters = AudioFilters.NONE;
    private boolean normalizing;
    private boolean autoplay;
    private SegmentSkipping segmentSkipping = SegmentSkipping.DEFAULT;
    private int queueLimit = Integer.MAX_VALUE;
    private final boolean basic;

    /**
     * An idle player, not in voice, with every feature.
     *
     * @param guild its guild
     */
    public FakeGuildPlayback(GuildId guild) {
        this(guild, false);
    }

    private FakeGuildPlayback(GuildId guild, boolean basic) {
        this.guild = guild;
        this.basic = basic;
    }

    /**
     * An idle player that has only what every player must: the optional features (queueing at a position, filters,
     * normalisation, autoplay, segment skipping) answer as {@link GuildPlayback}'s defaults do, so a command's
     * answer to a player without them can be tested. Their calls are still recorded.
     *
     * @param guild its guild
     * @return the player
     */
    public static FakeGuildPlayback basic(GuildId guild) {
        return new FakeGuildPlayback(guild, true);
    }

    /**
     * A track that plays a file on example.org, for tests.
     *
     * @param title its title (also its identifier's last part)
     * @param seconds its length; 0 for a live stream
     * @return the track
     */
    public static Track track(String title, long seconds) {
        return new Track(
                TrackInfo.of(title, Duration.ofSeconds(seconds)),
                new PlaybackRef.Engine("https://example.org/" + title + ".ogg"),
                "http");
    }

    // ---- scripting (not recorded) ----

    /**
     * Puts the player in a voice channel and queues tracks as one member would, the first playing. Not recorded.
     *
     * @param channel the voice channel
     * @param requester who queued them
     * @param tracks the tracks
     * @return this player
     */
    public FakeGuildPlayback playing(ChannelId channel, UserId requester, Track... tracks) {
        voiceChannel = Optional.of(channel);
        for (Track track : tracks) {
            add(new QueuedTrack(track, requester));
        }
        return this;
    }

    /**
     * Queues more tracks (the first plays if idle), as another member would. Not recorded.
     *
     * @param requester who queued them
     * @param tracks the tracks
     * @return this player
     */
    public FakeGuildPlayback queued(UserId requester, Track... tracks) {
        for (Track track : tracks) {
            add(new QueuedTrack(track, requester));
        }
        return this;
    }

    /**
     * Puts tracks in the history, oldest first, as if they had played. Not recorded.
     *
     * @param requester who had queued them
     * @param tracks the tracks
     * @return this player
     */
    public FakeGuildPlayback played(UserId requester, Track... tracks) {
        for (Track track : tracks) {
            history.add(new QueuedTrack(track, requester));
        }
        return this;
    }

    /**
     * Connects the player to a voice channel without playing anything. Not recorded.
     *
     * @param channel the channel
     * @return this player
     */
    public FakeGuildPlayback connectedTo(ChannelId channel) {
        voiceChannel = Optional.of(channel);
        return this;
    }

    /**
     * Where the current track is. Not recorded.
     *
     * @param at the position
     * @return this player
     */
    public FakeGuildPlayback at(Duration at) {
        position = at;
        return this;
    }

    /**
     * Pauses (or resumes) the player. Not recorded.
     *
     * @param isPaused true for paused
     * @return this player
     */
    public FakeGuildPlayback paused(boolean isPaused) {
        paused = isPaused;
        return this;
    }

    /**
     * Makes every later call of a method throw, as the real player does when it may not (a channel the bot may not
     * join, a player without filters). The call is still recorded.
     *
     * @param method the method's name, such as {@code join}
     * @param refusal what it throws
     * @return this player
     */
    public FakeGuildPlayback refuse(String method, UserFacingException refusal) {
        refusals.put(method, refusal);
        return this;
    }

    /**
     * How many tracks the queue takes (the current one not counted); {@code enqueue} and {@code enqueueAt} past it
     * throw "The queue is full.".
     *
     * @param tracks the most queued tracks
     * @return this player
     */
    public FakeGuildPlayback queueLimit(int tracks) {
        queueLimit = tracks;
        return this;
    }

    // ---- what was asked ----

    /**
     * The changes commands asked for, in order.
     *
     * @return the calls
     */
    public List<PlaybackCall> calls() {
        return List.copyOf(calls);
    }

    /**
     * The changes commands asked for, as text ({@link PlaybackCall#toString()}).
     *
     * @return the calls, such as {@code setVolume(40)}
     */
    public List<String> asked() {
        return calls.stream().map(PlaybackCall::toString).toList();
    }

    /**
     * The titles in the queue, position 1 first.
     *
     * @return the titles
     */
    public List<String> queuedTitles() {
        return queue.stream().map(q -> q.track().info().title()).toList();
    }

    /**
     * The title playing now.
     *
     * @return the title, or empty when idle
     */
    public Optional<String> currentTitle() {
        return current.map(q -> q.track().info().title());
    }

    private void record(String method, Object... args) {
        calls.add(PlaybackCall.of(method, args));
        UserFacingException refusal = refusals.get(method);
        if (refusal != null) {
            throw refusal;
        }
    }

    private static UserFacingException refusal(String text) {
        return new UserFacingException(text, Severity.COMMON);
    }

    // ---- GuildPlayback ----

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
        record("join", channel);
        voiceChannel = Optional.of(channel);
    }

    @Override
    public void leave() {
        record("leave");
        clearPlayback();
        voiceChannel = Optional.empty();
    }

    @Override
    public int enqueue(Track track, UserId requester) {
        record("enqueue", track, requester);
        checkRoom();
        return add(new QueuedTrack(track, requester));
    }

    @Override
    public int enqueueAt(Track track, UserId requester, int position) {
        record("enqueueAt", track, requester, position);
        if (basic) {
            return GuildPlayback.super.enqueueAt(track, requester, position);
        }
        checkRoom();
        QueuedTrack queued = new QueuedTrack(track, requester);
        if (current.isEmpty()) {
            start(queued);
            return 0;
        }
        int at = Math.clamp(position, 1, queue.size() + 1);
        queue.add(at - 1, queued);
        return at;
    }

    private void checkRoom() {
        if (current.isPresent() && queue.size() >= queueLimit) {
            throw refusal("The queue is full.");
        }
    }

    private int add(QueuedTrack queued) {
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
        record("setPaused", paused);
        this.paused = paused;
    }

    @Override
    public Optional<QueuedTrack> skip() {
        record("skip");
        current.ifPresent(history::add);
        current = Optional.empty();
        if (!queue.isEmpty()) {
            start(queue.removeFirst());
        }
        return current;
    }

    @Override
    public Optional<QueuedTrack> skipTo(int position) {
        record("skipTo", position);
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
        record("previous");
        if (history.isEmpty()) {
            return Optional.empty();
        }
        current.ifPresent(queue::addFirst);
        start(history.removeLast());
        return current;
    }

    @Override
    public void stop() {
        record("stop");
        clearPlayback();
    }

    private void clearPlayback() {
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
        record("setVolume", volume);
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
        record("setRepeat", mode);
        repeat = mode;
    }

    @Override
    public boolean stayConnected() {
        return stayConnected;
    }

    @Override
    public void setStayConnected(boolean stay) {
        record("setStayConnected", stay);
        stayConnected = stay;
    }

    @Override
    public void shuffle() {
        record("shuffle");
        Collections.shuffle(queue, shuffles);
    }

    @Override
    public void seek(Duration to) {
        record("seek", to);
        QueuedTrack playing = current.orElseThrow(() -> refusal("Nothing is playing."));
        Duration length = playing.track().info().length();
        if (playing.track().info().isStream()) {
            throw refusal("A live stream cannot seek.");
        }
        if (to.isNegative() || to.compareTo(length) >= 0) {
            throw refusal("The track is not that long.");
        }
        position = to;
    }

    @Override
    public Optional<QueuedTrack> remove(int at) {
        record("remove", at);
        if (at < 1 || at > queue.size()) {
            return Optional.empty();
        }
        return Optional.of(queue.remove(at - 1));
    }

    @Override
    public boolean move(int from, int to) {
        record("move", from, to);
        if (from < 1 || from > queue.size() || to < 1 || to > queue.size()) {
            return false;
        }
        queue.add(to - 1, queue.remove(from - 1));
        return true;
    }

    @Override
    public int clear() {
        record("clear");
        int removed = queue.size();
        queue.clear();
        return removed;
    }

    @Override
    public AudioFilters filters() {
        return basic ? GuildPlayback.super.filters() : filters;
    }

    @Override
    public void setFilters(AudioFilters newFilters) {
        record("setFilters", newFilters);
        if (basic) {
            GuildPlayback.super.setFilters(newFilters);
        }
        filters = newFilters;
    }

    @Override
    public boolean normalizing() {
        return basic ? GuildPlayback.super.normalizing() : normalizing;
    }

    @Override
    public void setNormalizing(boolean normalize) {
        record("setNormalizing", normalize);
        if (basic) {
            GuildPlayback.super.setNormalizing(normalize);
        }
        normalizing = normalize;
    }

    @Override
    public boolean autoplay() {
        return basic ? GuildPlayback.super.autoplay() : autoplay;
    }

    @Override
    public void setAutoplay(boolean on) {
        record("setAutoplay", on);
        if (basic) {
            GuildPlayback.super.setAutoplay(on);
        }
        autoplay = on;
    }

    @Override
    public SegmentSkipping segmentSkipping() {
        return basic ? GuildPlayback.super.segmentSkipping() : segmentSkipping;
    }

    @Override
    public void setSegmentSkipping(SegmentSkipping skipping) {
        record("setSegmentSkipping", skipping);
        if (basic) {
            GuildPlayback.super.setSegmentSkipping(skipping);
        }
        segmentSkipping = skipping;
    }
}
