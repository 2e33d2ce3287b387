package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.player.event.AudioEventAdapter;
import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackEndReason;
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
import dev.musicbot.api.playback.TrackEndReason;
import dev.musicbot.api.text.Text;
import dev.musicbot.api.track.Track;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.filter.FilterFactory;
import dev.musicbot.runtime.filter.TrackLoudness;
import dev.musicbot.runtime.state.GuildSettings;
import dev.musicbot.runtime.state.GuildState;
import dev.musicbot.runtime.state.QueueSnapshot;
import dev.musicbot.runtime.state.SnapshotTrack;
import dev.musicbot.runtime.text.Markdown;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One guild's player: its {@link Tracklist}, its LavaPlayer player and its voice connection. Every state change
 * happens under this object's lock and is reported to {@code changed} so it can be saved; track loading and
 * audio run on LavaPlayer's threads.
 */
final class GuildPlayer extends AudioEventAdapter implements GuildPlayback {
    private static final Logger log = LoggerFactory.getLogger(GuildPlayer.class);

    private final GuildId guild;
    private final VoiceLink voice;
    private final AudioPlayerManager manager;
    private final AudioPlayer player;
    private final PlaybackEvents events;
    private final Announcer announcer;
    private final Tracklist tracks;
    private final Runnable changed;
    private final TrackLoading loading;
    private final Autoplay autoplayer;
    private final SegmentSkipper segments;
    private final TrackLoudness loudness;
    // volatile: read without the player's monitor by callbacks that LavaPlayer makes under its own lock
    private volatile @Nullable ChannelId announceChannel;
    private @Nullable ChannelId joinedChannel;
    private volatile int volume = GuildSettings.MAX_VOLUME;
    private volatile boolean stayConnected;
    private volatile AudioFilters filters = AudioFilters.NONE;
    private volatile boolean normalize;
    private volatile boolean autoplay;
    private volatile SegmentSkipping skipping = SegmentSkipping.DEFAULT;
    private @Nullable QueuedTrack resumeTrack;
    private @Nullable QueuedTrack lastAnnounced;
    private long resumeAtMillis;

    GuildPlayer(PlayerParts parts, GuildId guild, VoiceLink voice, Tracklist tracks, Runnable changed) {
        this.guild = guild;
        this.voice = voice;
        this.manager = parts.manager();
        this.events = parts.events();
        this.announcer = parts.announcer();
        this.tracks = tracks;
        this.changed = changed;
        this.autoplayer = parts.autoplay();
        this.loudness = parts.loudness();
        this.loading = new TrackLoading(manager, parts.probed(), parts.tracks(), this, this::loaded, this::failed);
        this.player = manager.createPlayer();
        this.segments = new SegmentSkipper(guild, parts.segmentProviders(), this::notice, this::endEarly);
        player.addListener(this);
    }

    /** Where announcements go: the text channel of the latest command. */
    synchronized void announceIn(ChannelId channel) {
        this.announceChannel = channel;
    }

    @Override
    public GuildId guild() {
        return guild;
    }

    @Override
    public Optional<ChannelId> voiceChannel() {
        return voice.connectedChannel();
    }

    /**
     * Joins, or moves to, a channel; refused while a connection to another channel is still opening (a second
     * {@code /play} from elsewhere in that moment passed its same-channel check before the bot was anywhere).
     */
    @Override
    public void join(ChannelId channel) {
        synchronized (this) {
            ChannelId opening = joinedChannel;
            if (opening != null
                    && !opening.equals(channel)
                    && voice.connectedChannel().isEmpty()) {
                throw new UserFacingException(
                        RuntimeMessages.text("player.on-my-way", "<#" + opening + ">"), Severity.COMMON);
            }
            voice.connect(channel, player, segments);
            joinedChannel = channel;
        }
        changed.run();
    }

    @Override
    public synchronized void leave() {
        tracks.stop();
        loading.cancelPending();
        player.stopTrack();
        player.setPaused(false);
        joinedChannel = null;
        voice.disconnect();
        changed.run();
    }

    @Override
    public synchronized int enqueue(Track track, UserId requester) {
        return enqueueAt(track, requester, Integer.MAX_VALUE);
    }

    @Override
    public synchronized int enqueueAt(Track track, UserId requester, int position) {
        int placed =
                switch (tracks.insert(new QueuedTrack(track, requester), position)) {
                    case Tracklist.Added.Started started -> {
                        load(started.track());
                        yield 0;
                    }
                    case Tracklist.Added.Queued queued -> queued.position();
                    case Tracklist.Added.Refused refused ->
                        throw new UserFacingException(refused.reason(), Severity.COMMON);
                };
        changed.run();
        return placed;
    }

    @Override
    public synchronized Optional<QueuedTrack> current() {
        return tracks.current();
    }

    @Override
    public synchronized List<QueuedTrack> queue() {
        return tracks.upcoming();
    }

    @Override
    public synchronized List<QueuedTrack> history() {
        return tracks.history();
    }

    @Override
    public Duration position() {
        AudioTrack playing = player.getPlayingTrack();
        return playing == null ? Duration.ZERO : Duration.ofMillis(playing.getPosition());
    }

    @Override
    public boolean isPaused() {
        return player.isPaused();
    }

    @Override
    public void setPaused(boolean paused) {
        player.setPaused(paused);
        changed.run();
    }

    @Override
    public synchronized Optional<QueuedTrack> skip() {
        return changedAfter(playOrIdle(tracks.advance(TrackEndReason.SKIPPED)));
    }

    @Override
    public synchronized Optional<QueuedTrack> skipTo(int position) {
        return changedAfter(tracks.skipTo(position).flatMap(next -> playOrIdle(Optional.of(next))));
    }

    @Override
    public synchronized Optional<QueuedTrack> previous() {
        return changedAfter(tracks.previous().flatMap(previous -> playOrIdle(Optional.of(previous))));
    }

    @Override
    public synchronized void stop() {
        tracks.stop();
        loading.cancelPending();
        player.stopTrack();
        player.setPaused(false);
        changed.run();
    }

    @Override
    public int volume() {
        return volume;
    }

    @Override
    public void setVolume(int newVolume) {
        if (newVolume < 0 || newVolume > 100) {
            throw new UserFacingException(RuntimeMessages.text("volume.range"), Severity.COMMON);
        }
        volume = newVolume;
        player.setVolume(VolumeCurve.toEngine(newVolume));
        changed.run();
    }

    @Override
    public synchronized RepeatMode repeat() {
        return tracks.repeat();
    }

    @Override
    public synchronized void setRepeat(RepeatMode mode) {
        tracks.setRepeat(mode);
        changed.run();
    }

    @Override
    public AudioFilters filters() {
        return filters;
    }

    @Override
    public void setFilters(AudioFilters newFilters) {
        applyFilters(newFilters);
        changed.run();
    }

    @Override
    public boolean normalizing() {
        return normalize;
    }

    @Override
    public synchronized void setNormalizing(boolean on) {
        normalize = on;
        applyFilters(filters);
        changed.run();
    }

    private synchronized void applyFilters(AudioFilters newFilters) {
        filters = newFilters;
        player.setFilterFactory(FilterFactory.of(newFilters, normalize ? loudness : null, player.getPlayingTrack()));
    }

    @Override
    public boolean autoplay() {
        return autoplay;
    }

    @Override
    public void setAutoplay(boolean on) {
        autoplay = on;
        changed.run();
    }

    /**
     * Queues what autoplay found, unless the player is no longer idle (a member queued something meanwhile) or
     * autoplay was turned off; then says so in the guild.
     */
    synchronized void autoplayed(List<Track> found, Text notice) {
        if (!autoplay
                || tracks.current().isPresent()
                || voice.connectedChannel().isEmpty()) {
            return;
        }
        for (Track track : found) {
            if (tracks.add(new QueuedTrack(track, QueuedTrack.AUTOPLAY)) instanceof Tracklist.Added.Started started) {
                load(started.track());
            }
        }
        changed.run();
        if (announceChannel != null) {
            announcer.say(announceChannel, notice);
        }
    }

    /** The queue ran out after {@code ended}: autoplay may refill it. */
    private void ranOut(QueuedTrack ended) {
        if (autoplay && tracks.current().isEmpty()) {
            autoplayer.queueRanOut(this, ended);
        }
    }

    @Override
    public boolean stayConnected() {
        return stayConnected;
    }

    @Override
    public void setStayConnected(boolean stay) {
        stayConnected = stay;
        changed.run();
    }

    @Override
    public synchronized void shuffle() {
        tracks.shuffle(RandomGenerator.getDefault());
        changed.run();
    }

    @Override
    public void seek(Duration position) {
        AudioTrack playing = player.getPlayingTrack();
        if (playing == null) {
            throw new UserFacingException(RuntimeMessages.text("playing.nothing"), Severity.COMMON);
        }
        if (!playing.isSeekable()) {
            throw new UserFacingException(RuntimeMessages.text("player.not-seekable"), Severity.COMMON);
        }
        if (position.isNegative() || position.toMillis() >= playing.getDuration()) {
            throw new UserFacingException(RuntimeMessages.text("player.past-end"), Severity.COMMON);
        }
        playing.setPosition(position.toMillis());
    }

    @Override
    public synchronized Optional<QueuedTrack> remove(int position) {
        return changedAfter(tracks.remove(position));
    }

    @Override
    public synchronized boolean move(int from, int to) {
        boolean moved = tracks.move(from, to);
        changed.run();
        return moved;
    }

    @Override
    public synchronized int clear() {
        int removed = tracks.clear();
        changed.run();
        return removed;
    }

    private <T> T changedAfter(T result) {
        changed.run();
        return result;
    }

    /** The state to save: settings always; the queue while the bot is in a voice channel. */
    synchronized GuildState snapshot() {
        GuildSettings settings =
                new GuildSettings(volume, tracks.repeat(), stayConnected, null, filters, normalize, autoplay, skipping);
        ChannelId channel = joinedChannel;
        if (channel == null) {
            return GuildState.of(settings, null);
        }
        ChannelId text = announceChannel != null ? announceChannel : channel;
        QueueSnapshot queue = new QueueSnapshot(
                channel.value(),
                text.value(),
                tracks.current().map(SnapshotTrack::from).orElse(null),
                tracks.current().isPresent() ? position().toMillis() : 0,
                player.isPaused(),
                tracks.upcoming().stream().map(SnapshotTrack::from).toList(),
                Instant.now());
        return GuildState.of(settings, queue);
    }

    /** Applies saved settings (on creation). */
    synchronized void apply(GuildSettings settings) {
        volume = settings.volume();
        player.setVolume(VolumeCurve.toEngine(volume));
        tracks.setRepeat(settings.repeat());
        stayConnected = settings.stay247();
        normalize = settings.normalize();
        autoplay = settings.autoplay();
        skipping = settings.skipping();
        applyFilters(settings.filters());
    }

    /** Rejoins the saved channel and resumes the saved queue where it stopped (after a restart). */
    synchronized void restore(QueueSnapshot saved) {
        ChannelId text = new ChannelId(saved.textChannelId());
        announceChannel = text;
        join(new ChannelId(saved.voiceChannelId()));
        if (saved.current() != null) {
            resumeTrack = saved.current().toQueuedTrack();
            resumeAtMillis = saved.positionMillis();
            enqueue(resumeTrack.track(), resumeTrack.requester());
            resumeTrack = tracks.current().orElse(null);
            player.setPaused(saved.paused());
            announcer.say(
                    text,
                    RuntimeMessages.text(
                            "player.resumed",
                            Markdown.escape(resumeTrack.track().info().title())));
        }
        saved.upcoming().forEach(t -> tracks.add(t.toQueuedTrack()));
        changed.run();
    }

    /** Whether a track is playing (not paused, not idle). */
    boolean isPlaying() {
        return player.getPlayingTrack() != null && !player.isPaused();
    }

    int listeners() {
        return voice.listeners();
    }

    /**
     * The bot was taken out of voice by someone else. Unless the player was leaving anyway, it stops, clears its
     * queue and its channel (so nothing rejoins against that decision), and says so.
     *
     * @return whether this was news to the player
     */
    synchronized boolean disconnectedByOthers() {
        if (joinedChannel == null || !voice.removedByOthers()) {
            return false; // it left by itself, or JDA is reconnecting
        }
        tracks.stop();
        player.stopTrack();
        player.setPaused(false);
        joinedChannel = null;
        voice.disconnect(); // no reconnect attempts by JDA either
        changed.run();
        if (announceChannel != null) {
            announcer.say(announceChannel, RuntimeMessages.text("player.disconnected"));
        }
        return true;
    }

    /** Leaves a voice connection the bot may not use, forgets the queue, and says {@code reply}. */
    synchronized void refuseVoice(Text reply) {
        tracks.stop();
        player.stopTrack();
        player.setPaused(false);
        joinedChannel = null;
        voice.disconnect();
        changed.run();
        if (announceChannel != null) {
            announcer.say(announceChannel, reply);
        }
    }

    void leaveBecause(Text reason) {
        ChannelId text = announceChannel;
        leave();
        if (text != null) {
            announcer.say(text, RuntimeMessages.text("player.left", reason));
        }
    }

    /**
     * Stops what plays now and loads the next track, if any. Stopping first matters: loading may take seconds
     * (a yt-dlp lookup), and a skipped song must not keep playing meanwhile.
     */
    private Optional<QueuedTrack> playOrIdle(Optional<QueuedTrack> next) {
        player.stopTrack();
        loading.cancelPending();
        next.ifPresent(this::load);
        return next;
    }

    /** Loads a track to play, and looks up its segments to skip meanwhile. */
    private void load(QueuedTrack queued) {
        segments.prepare(queued, skipping);
        loading.load(queued);
    }

    @Override
    public SegmentSkipping segmentSkipping() {
        return skipping;
    }

    @Override
    public synchronized void setSegmentSkipping(SegmentSkipping newSkipping) {
        skipping = newSkipping;
        tracks.current().ifPresent(playing -> segments.prepare(playing, newSkipping));
        changed.run();
    }

    private void notice(Text text) {
        ChannelId channel;
        synchronized (this) {
            channel = announceChannel;
        }
        if (channel != null) {
            announcer.say(channel, text);
        }
    }

    /** Ends a track early because the rest of it is a skipped segment: as if it had finished. */
    private synchronized void endEarly(QueuedTrack queued) {
        AudioTrack playing = player.getPlayingTrack();
        if (playing == null
                || playing.getUserData() != queued
                || tracks.current().orElse(null) != queued) {
            return;
        }
        Optional<QueuedTrack> next = tracks.advance(TrackEndReason.FINISHED);
        if (next.isPresent() && next.get() == queued) {
            play(queued, playing.makeClone()); // repeating this track
        } else {
            playOrIdle(next);
        }
        changed.run();
    }

    /**
     * A track is loaded: when normalising a song whose loudness is not known yet, its tags are read first (off
     * LavaPlayer's threads, one short request), so that a tagged song starts at its gain.
     */
    private void loaded(QueuedTrack queued, AudioTrack track) {
        if (normalize && !loudness.knows(track)) {
            Thread.ofVirtual().name("loudness-tags").start(() -> {
                loudness.readTags(track);
                play(queued, track);
            });
        } else {
            play(queued, track);
        }
    }

    private synchronized void play(QueuedTrack queued, AudioTrack track) {
        if (tracks.current().orElse(null) != queued) {
            return; // skipped or stopped while it loaded
        }
        if (queued == resumeTrack) {
            track.setPosition(resumeAtMillis);
            resumeTrack = null;
        }
        track.setUserData(queued);
        // the chain of this track is built for this track: its loudness is known, or measured and remembered
        player.setFilterFactory(FilterFactory.of(filters, normalize ? loudness : null, track));
        player.startTrack(track, false);
    }

    private synchronized void failed(QueuedTrack queued, Text reason) {
        log.warn("Guild {}: cannot play '{}': {}", guild, queued.track().info().title(), reason);
        announceFailure(queued, reason);
        events.trackEnded(guild, queued.track(), TrackEndReason.FAILED);
        if (tracks.current().orElse(null) == queued) {
            playOrIdle(tracks.advance(TrackEndReason.FAILED));
            if (!queued.byAutoplay()) { // autoplay's own failures end it quietly instead of asking again
                ranOut(queued);
            }
            changed.run();
        }
    }

    @Override
    public void onTrackStart(AudioPlayer audioPlayer, AudioTrack track) {
        if (!(track.getUserData() instanceof QueuedTrack queued)) {
            return;
        }
        events.trackStarted(guild, queued.track());
        ChannelId channel;
        synchronized (this) {
            channel = queued == lastAnnounced ? null : announceChannel; // a repeating track keeps its card
            lastAnnounced = queued;
        }
        if (channel != null) {
            announcer.trackStarted(channel, this);
        }
    }

    @Override
    public void onTrackEnd(AudioPlayer audioPlayer, AudioTrack track, AudioTrackEndReason endReason) {
        if (!(track.getUserData() instanceof QueuedTrack queued)) {
            return;
        }
        TrackEndReason reason = PlaybackEvents.reasonOf(endReason);
        events.trackEnded(guild, queued.track(), reason);
        if (!endReason.mayStartNext) {
            return;
        }
        synchronized (this) {
            if (tracks.current().orElse(null) != queued) {
                return;
            }
            Optional<QueuedTrack> next = tracks.advance(reason);
            if (next.isPresent() && next.get() == queued) {
                play(queued, track.makeClone()); // repeating this track
            } else {
                playOrIdle(next);
                ranOut(queued);
            }
        }
        changed.run();
    }

    @Override
    public void onTrackException(AudioPlayer audioPlayer, AudioTrack track, FriendlyException exception) {
        log.warn("Guild {}: track failed while playing: {}", guild, exception.getMessage());
        // A track that fails while playing (a link that died while it waited in the queue, or mid-track) is
        // reported like one that failed to load, once; onTrackEnd then moves on.
        if (track.getUserData() instanceof QueuedTrack queued) {
            announceFailure(queued, RuntimeMessages.text("player.reason.plain", exception.getMessage()));
        }
    }

    /**
     * Not synchronized: {@link #onTrackException} runs on LavaPlayer's playback thread holding the audio player's
     * lock, while {@link #play} holds this player's monitor and waits for that lock in {@code startTrack}; taking
     * the monitor here deadlocked the two.
     */
    private void announceFailure(QueuedTrack queued, Text reason) {
        ChannelId channel = announceChannel;
        if (channel != null) {
            announcer.say(
                    channel,
                    RuntimeMessages.text(
                            "player.failed",
                            Markdown.escape(queued.track().info().title()),
                            reason));
        }
    }

    void shutdown() {
        player.destroy();
    }

    /** Stops for good, when the guild is gone: pending loads find no current track, the engine player ends. */
    synchronized void discard() {
        tracks.stop();
        player.destroy();
    }
}
