package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.player.event.AudioEventAdapter;
import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackEndReason;
import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.SegmentSkipping;
import dev.musicbot.api.playback.TrackEndReason;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.filter.FilterFactory;
import dev.musicbot.runtime.filter.TrackLoudness;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a guild's {@link Tracklist} on its LavaPlayer player: loads and starts what becomes current, moves on when
 * a track ends, fails or is skipped, repeats, ends a track early for a skipped segment, and asks autoplay when the
 * queue runs out. Every method that changes something runs on the guild's {@link PlayerLane}. LavaPlayer calls the
 * listener methods while holding its player's lock (the same lock {@code startTrack} and {@code stopTrack} take),
 * so they only hand their work to the lane and return.
 */
final class TrackScheduler extends AudioEventAdapter {
    private static final Logger log = LoggerFactory.getLogger(TrackScheduler.class);

    private final GuildPlayer owner;
    private final GuildId guild;
    private final PlayerLane lane;
    private final Tracklist tracks;
    private final PlayerAnnouncements announcements;
    private final Runnable changed;
    private final PlaybackEvents events;
    private final Autoplay autoplayer;
    private final TrackLoudness loudness;
    private final AudioPlayer player;
    private final TrackLoading loading;
    private final SegmentSkipper segments;
    private volatile AudioFilters filters = AudioFilters.NONE;
    private volatile boolean normalize;
    private volatile boolean autoplay;
    private volatile SegmentSkipping skipping = SegmentSkipping.DEFAULT;
    // lane only: the engine track started last (an end event of any other is stale), and where a restored one resumes
    private @Nullable AudioTrack started;
    private @Nullable QueuedTrack resumeTrack;
    private long resumeAtMillis;

    TrackScheduler(PlayerParts parts, GuildPlayer owner, PlayerLane lane, Tracklist tracks, PlayerAnnouncements says) {
        this.owner = owner;
        this.guild = owner.guild();
        this.lane = lane;
        this.tracks = tracks;
        this.announcements = says;
        this.changed = owner::changed;
        this.events = parts.events();
        this.autoplayer = parts.autoplay();
        this.loudness = parts.loudness();
        this.player = parts.manager().createPlayer();
        this.loading =
                new TrackLoading(parts.manager(), parts.probed(), parts.tracks(), this, this::loaded, this::failed);
        this.segments = new SegmentSkipper(
                guild, parts.segmentProviders(), says::say, queued -> lane.post(() -> endEarly(queued)));
        player.addListener(this);
    }

    /** Connects the voice link to this player's audio, through the segment gate (on the lane). */
    void connect(VoiceLink voice, ChannelId channel) {
        voice.connect(channel, player, segments);
    }

    /** Queues a track at a 1-based position and starts it if nothing played; 0 when it started. */
    int enqueue(QueuedTrack queued, int position) {
        return switch (tracks.insert(queued, position)) {
            case Tracklist.Added.Started now -> {
                load(now.track());
                yield 0;
            }
            case Tracklist.Added.Queued later -> later.position();
            case Tracklist.Added.Refused refused -> throw new UserFacingException(refused.reason(), Severity.COMMON);
        };
    }

    /** Queues a track that may not be refused (autoplay's, a restored queue's) and starts it if nothing played. */
    void add(QueuedTrack queued) {
        if (tracks.add(queued) instanceof Tracklist.Added.Started now) {
            load(now.track());
        }
    }

    Optional<QueuedTrack> skip() {
        return playOrIdle(tracks.advance(TrackEndReason.SKIPPED));
    }

    Optional<QueuedTrack> skipTo(int position) {
        return tracks.skipTo(position).flatMap(next -> playOrIdle(Optional.of(next)));
    }

    Optional<QueuedTrack> previous() {
        return tracks.previous().flatMap(last -> playOrIdle(Optional.of(last)));
    }

    /** Stops playing and forgets the queue. */
    void stop() {
        tracks.stop();
        loading.cancelPending();
        player.stopTrack();
        player.setPaused(false);
    }

    /** The next track to play restored from a save starts at {@code millis}. */
    void resumeAt(QueuedTrack queued, long millis) {
        resumeTrack = queued;
        resumeAtMillis = millis;
    }

    Duration position() {
        AudioTrack playing = player.getPlayingTrack();
        return playing == null ? Duration.ZERO : Duration.ofMillis(playing.getPosition());
    }

    boolean isPaused() {
        return player.isPaused();
    }

    /** Whether a track is playing (not paused, not idle). */
    boolean isPlaying() {
        return player.getPlayingTrack() != null && !player.isPaused();
    }

    void setPaused(boolean paused) {
        player.setPaused(paused);
    }

    void seek(Duration position) {
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

    void setVolume(int volume) {
        player.setVolume(VolumeCurve.toEngine(volume));
    }

    AudioFilters filters() {
        return filters;
    }

    boolean normalizing() {
        return normalize;
    }

    /** Applies filters and normalisation to the track playing now and the next ones. */
    void setFilters(AudioFilters newFilters, boolean normalizing) {
        filters = newFilters;
        normalize = normalizing;
        player.setFilterFactory(FilterFactory.of(newFilters, normalizing ? loudness : null, player.getPlayingTrack()));
    }

    boolean autoplay() {
        return autoplay;
    }

    void setAutoplay(boolean on) {
        autoplay = on;
    }

    SegmentSkipping segmentSkipping() {
        return skipping;
    }

    void setSegmentSkipping(SegmentSkipping newSkipping) {
        skipping = newSkipping;
        tracks.current().ifPresent(playing -> segments.prepare(playing, newSkipping));
    }

    /** Stops the engine player for good. */
    void destroy() {
        player.destroy();
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

    /** The queue ran out after {@code ended}: autoplay may refill it. */
    private void ranOut(QueuedTrack ended) {
        if (autoplay && tracks.current().isEmpty()) {
            autoplayer.queueRanOut(owner, ended);
        }
    }

    /**
     * A track is loaded (on a loader thread): when normalising a song whose loudness is not known yet, its tags are
     * read first (one short request, off LavaPlayer's threads), so that a tagged song starts at its gain.
     */
    private void loaded(QueuedTrack queued, AudioTrack track) {
        if (normalize && !loudness.knows(track)) {
            Thread.ofVirtual().name("loudness-tags").start(() -> {
                loudness.readTags(track);
                lane.post(() -> play(queued, track));
            });
        } else {
            lane.post(() -> play(queued, track));
        }
    }

    private void play(QueuedTrack queued, AudioTrack track) {
        if (tracks.current().orElse(null) != queued) {
            return; // skipped or stopped while it loaded
        }
        long seekOnceStarted = -1;
        if (queued == resumeTrack) {
            if (ResumeSeek.beforeStart(track)) {
                track.setPosition(resumeAtMillis);
            } else {
                seekOnceStarted = resumeAtMillis;
            }
            resumeTrack = null;
        }
        track.setUserData(queued);
        // the chain of this track is built for this track: its loudness is known, or measured and remembered
        player.setFilterFactory(FilterFactory.of(filters, normalize ? loudness : null, track));
        started = track;
        player.startTrack(track, false);
        if (seekOnceStarted > 0) {
            ResumeSeek.onceStarted(player, track, seekOnceStarted);
        }
    }

    /** A track could not be loaded (on a loader thread). */
    private void failed(QueuedTrack queued, Text reason) {
        log.warn("Guild {}: cannot play '{}': {}", guild, queued.track().info().title(), reason);
        lane.post(() -> {
            announcements.failed(queued, reason);
            events.trackEnded(guild, queued.track(), TrackEndReason.FAILED);
            if (tracks.current().orElse(null) == queued) {
                playOrIdle(tracks.advance(TrackEndReason.FAILED));
                if (!queued.byAutoplay()) { // autoplay's own failures end it quietly instead of asking again
                    ranOut(queued);
                }
                changed.run();
            }
        });
    }

    /** Ends a track early because the rest of it is a skipped segment: as if it had finished (on the lane). */
    private void endEarly(QueuedTrack queued) {
        AudioTrack playing = player.getPlayingTrack();
        if (playing == null
                || playing != started
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

    /** A track ended by itself (finished, or failed to start): the next one plays (on the lane). */
    private void ended(QueuedTrack queued, AudioTrack track, TrackEndReason reason) {
        if (track != started || tracks.current().orElse(null) != queued) {
            return; // skipped, stopped or replaced since
        }
        Optional<QueuedTrack> next = tracks.advance(reason);
        if (next.isPresent() && next.get() == queued) {
            play(queued, track.makeClone()); // repeating this track
        } else {
            playOrIdle(next);
            ranOut(queued);
        }
        changed.run();
    }

    @Override
    public void onTrackStart(AudioPlayer audioPlayer, AudioTrack track) {
        if (track.getUserData() instanceof QueuedTrack queued) {
            events.trackStarted(guild, queued.track());
            lane.post(() -> announcements.trackStarted(queued, owner));
        }
    }

    @Override
    public void onTrackEnd(AudioPlayer audioPlayer, AudioTrack track, AudioTrackEndReason endReason) {
        if (track.getUserData() instanceof QueuedTrack queued) {
            TrackEndReason reason = PlaybackEvents.reasonOf(endReason);
            events.trackEnded(guild, queued.track(), reason);
            if (endReason.mayStartNext) {
                lane.post(() -> ended(queued, track, reason));
            }
        }
    }

    @Override
    public void onTrackException(AudioPlayer audioPlayer, AudioTrack track, FriendlyException exception) {
        log.warn("Guild {}: track failed while playing: {}", guild, exception.getMessage());
        // A track that fails while playing (a link that died while it waited in the queue, or mid-track) is
        // reported like one that failed to load, once; onTrackEnd then moves on.
        if (track.getUserData() instanceof QueuedTrack queued) {
            Text reason = RuntimeMessages.text("player.reason.plain", exception.getMessage());
            lane.post(() -> announcements.failed(queued, reason));
        }
    }
}
