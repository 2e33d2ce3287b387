package dev.musicbot.runtime.playback;

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
import dev.musicbot.api.text.Text;
import dev.musicbot.api.track.Track;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.state.GuildSettings;
import dev.musicbot.runtime.state.GuildState;
import dev.musicbot.runtime.state.QueueSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * One guild's player, as commands see it: its {@link Tracklist}, the {@link TrackScheduler} that plays it, its
 * voice connection, what it says ({@link PlayerAnnouncements}) and its saved form ({@link PlayerSnapshots}). Every
 * change runs on the guild's {@link PlayerLane}, in order, and is reported to {@code changed} so it can be saved;
 * reads take no lane. No lock of ours is held while LavaPlayer or the voice connection is called.
 */
final class GuildPlayer implements GuildPlayback {
    private final GuildId guild;
    private final VoiceLink voice;
    private final Tracklist tracks;
    private final Runnable changed;
    private final PlayerLane lane;
    private final PlayerAnnouncements announcements;
    private final TrackScheduler scheduler;
    private final PlayerSnapshots snapshots;
    private volatile @Nullable ChannelId joinedChannel;
    private volatile int volume = GuildSettings.MAX_VOLUME;
    private volatile boolean stayConnected;

    GuildPlayer(PlayerParts parts, GuildId guild, VoiceLink voice, Tracklist tracks, Runnable changed) {
        this.guild = guild;
        this.voice = voice;
        this.tracks = tracks;
        this.changed = changed;
        this.lane = new PlayerLane(guild);
        this.announcements = new PlayerAnnouncements(parts.announcer());
        this.scheduler = new TrackScheduler(parts, this, lane, tracks, announcements);
        this.snapshots = new PlayerSnapshots(tracks, scheduler, announcements);
    }

    /** Where announcements go: the text channel of the latest command. */
    void announceIn(ChannelId channel) {
        announcements.announceIn(channel);
    }

    /** Reports a change, so that it is saved. */
    void changed() {
        changed.run();
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
        lane.run(() -> joinNow(channel));
        changed.run();
    }

    private void joinNow(ChannelId channel) {
        ChannelId opening = joinedChannel;
        if (opening != null
                && !opening.equals(channel)
                && voice.connectedChannel().isEmpty()) {
            throw new UserFacingException(
                    RuntimeMessages.text("player.on-my-way", "<#" + opening + ">"), Severity.COMMON);
        }
        scheduler.connect(voice, channel);
        joinedChannel = channel;
    }

    @Override
    public void leave() {
        lane.run(this::leaveNow);
        changed.run();
    }

    private void leaveNow() {
        scheduler.stop();
        joinedChannel = null;
        voice.disconnect(); // no reconnect attempts by JDA either
    }

    @Override
    public int enqueue(Track track, UserId requester) {
        return enqueueAt(track, requester, Integer.MAX_VALUE);
    }

    @Override
    public int enqueueAt(Track track, UserId requester, int position) {
        return changedAfter(lane.call(() -> scheduler.enqueue(new QueuedTrack(track, requester), position)));
    }

    @Override
    public Optional<QueuedTrack> current() {
        return tracks.current();
    }

    @Override
    public List<QueuedTrack> queue() {
        return tracks.upcoming();
    }

    @Override
    public List<QueuedTrack> history() {
        return tracks.history();
    }

    @Override
    public Duration position() {
        return scheduler.position();
    }

    @Override
    public boolean isPaused() {
        return scheduler.isPaused();
    }

    @Override
    public void setPaused(boolean paused) {
        lane.run(() -> scheduler.setPaused(paused));
        changed.run();
    }

    @Override
    public Optional<QueuedTrack> skip() {
        return changedAfter(lane.call(scheduler::skip));
    }

    @Override
    public Optional<QueuedTrack> skipTo(int position) {
        return changedAfter(lane.call(() -> scheduler.skipTo(position)));
    }

    @Override
    public Optional<QueuedTrack> previous() {
        return changedAfter(lane.call(scheduler::previous));
    }

    @Override
    public void stop() {
        lane.run(scheduler::stop);
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
        lane.run(() -> {
            volume = newVolume;
            scheduler.setVolume(newVolume);
        });
        changed.run();
    }

    @Override
    public RepeatMode repeat() {
        return tracks.repeat();
    }

    @Override
    public void setRepeat(RepeatMode mode) {
        lane.run(() -> tracks.setRepeat(mode));
        changed.run();
    }

    @Override
    public AudioFilters filters() {
        return scheduler.filters();
    }

    @Override
    public void setFilters(AudioFilters newFilters) {
        lane.run(() -> scheduler.setFilters(newFilters, scheduler.normalizing()));
        changed.run();
    }

    @Override
    public boolean normalizing() {
        return scheduler.normalizing();
    }

    @Override
    public void setNormalizing(boolean on) {
        lane.run(() -> scheduler.setFilters(scheduler.filters(), on));
        changed.run();
    }

    @Override
    public boolean autoplay() {
        return scheduler.autoplay();
    }

    @Override
    public void setAutoplay(boolean on) {
        scheduler.setAutoplay(on);
        changed.run();
    }

    /**
     * Queues what autoplay found, unless the player is no longer idle (a member queued something meanwhile) or
     * autoplay was turned off; then says so in the guild.
     */
    void autoplayed(List<Track> found, Text notice) {
        lane.run(() -> {
            if (!scheduler.autoplay()
                    || tracks.current().isPresent()
                    || voice.connectedChannel().isEmpty()) {
                return;
            }
            found.forEach(track -> scheduler.add(new QueuedTrack(track, QueuedTrack.AUTOPLAY)));
            changed.run();
            announcements.say(notice);
        });
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
    public void shuffle() {
        lane.run(() -> tracks.shuffle(RandomGenerator.getDefault()));
        changed.run();
    }

    @Override
    public void seek(Duration position) {
        lane.run(() -> scheduler.seek(position));
    }

    @Override
    public Optional<QueuedTrack> remove(int position) {
        return changedAfter(lane.call(() -> tracks.remove(position)));
    }

    @Override
    public boolean move(int from, int to) {
        return changedAfter(lane.call(() -> tracks.move(from, to)));
    }

    @Override
    public int clear() {
        return changedAfter(lane.call(tracks::clear));
    }

    private <T> T changedAfter(T result) {
        changed.run();
        return result;
    }

    @Override
    public SegmentSkipping segmentSkipping() {
        return scheduler.segmentSkipping();
    }

    @Override
    public void setSegmentSkipping(SegmentSkipping newSkipping) {
        lane.run(() -> scheduler.setSegmentSkipping(newSkipping));
        changed.run();
    }

    /** The state to save: settings always; the queue while the bot is in a voice channel (any thread). */
    GuildState snapshot() {
        GuildSettings settings = new GuildSettings(
                volume,
                tracks.repeat(),
                stayConnected,
                null,
                scheduler.filters(),
                scheduler.normalizing(),
                scheduler.autoplay(),
                scheduler.segmentSkipping());
        return GuildState.of(settings, snapshots.queue(joinedChannel));
    }

    /** Applies saved settings (on creation). */
    void apply(GuildSettings settings) {
        lane.run(() -> {
            volume = settings.volume();
            scheduler.setVolume(volume);
            tracks.setRepeat(settings.repeat());
            stayConnected = settings.stay247();
            scheduler.setAutoplay(settings.autoplay());
            scheduler.setSegmentSkipping(settings.skipping());
            scheduler.setFilters(settings.filters(), settings.normalize());
        });
    }

    /** Rejoins the saved channel and resumes the saved queue where it stopped (after a restart). */
    void restore(QueueSnapshot saved) {
        lane.run(() -> snapshots.restore(saved, this::joinNow));
        changed.run();
    }

    /** Whether a track is playing (not paused, not idle). */
    boolean isPlaying() {
        return scheduler.isPlaying();
    }

    int listeners() {
        return voice.listeners();
    }

    /**
     * The bot was taken out of voice by someone else. Unless the player was leaving anyway, it stops, clears its
     * queue and its channel (so nothing rejoins against that decision), says so, and runs {@code news}. Called on
     * JDA's gateway thread, which must not wait for the lane: whose doing it was is read now, the rest is posted.
     */
    void disconnectedByOthers(Runnable news) {
        if (joinedChannel == null || !voice.removedByOthers()) {
            return; // it left by itself, or JDA is reconnecting
        }
        lane.post(() -> {
            if (joinedChannel == null) {
                return; // it left by itself meanwhile
            }
            leaveNow();
            changed.run();
            announcements.disconnected();
            news.run();
        });
    }

    /**
     * Leaves a voice connection the bot may not use, forgets the queue, and says {@code reply}. Called on JDA's
     * voice threads, which must not wait for the lane: posted.
     */
    void refuseVoice(Text reply) {
        lane.post(() -> {
            leaveNow();
            changed.run();
            announcements.say(reply);
        });
    }

    void leaveBecause(Text reason) {
        leave();
        announcements.left(reason);
    }

    /** Stops the engine player (when the bot shuts down). */
    void shutdown() {
        lane.run(scheduler::destroy);
        lane.close();
    }

    /** Stops for good, when the guild is gone: pending loads find no current track, the engine player ends. */
    void discard() {
        lane.run(() -> {
            tracks.stop();
            scheduler.destroy();
        });
        lane.close();
    }
}
