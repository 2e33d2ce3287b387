package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioLoadResultHandler;
import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.player.event.AudioEventAdapter;
import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.track.AudioPlaylist;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackEndReason;
import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.RepeatMode;
import dev.musicbot.api.playback.TrackEndReason;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One guild's player: its {@link Tracklist}, its LavaPlayer player and its voice connection. Every state change
 * happens under this object's lock; track loading and audio run on LavaPlayer's threads.
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
    private @Nullable ChannelId announceChannel;
    private volatile int volume = 100;

    GuildPlayer(
            GuildId guild,
            VoiceLink voice,
            AudioPlayerManager manager,
            PlaybackEvents events,
            Announcer announcer,
            Tracklist tracks) {
        this.guild = guild;
        this.voice = voice;
        this.manager = manager;
        this.events = events;
        this.announcer = announcer;
        this.tracks = tracks;
        this.player = manager.createPlayer();
        player.addListener(this);
    }

    /** Where to say that a track failed: the text channel of the latest command. */
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

    @Override
    public void join(ChannelId channel) {
        voice.connect(channel, player);
    }

    @Override
    public synchronized void leave() {
        stop();
        voice.disconnect();
    }

    @Override
    public synchronized int enqueue(Track track, UserId requester) {
        return switch (tracks.add(new QueuedTrack(track, requester))) {
            case Tracklist.Added.Started started -> {
                load(started.track());
                yield 0;
            }
            case Tracklist.Added.Queued queued -> queued.position();
            case Tracklist.Added.Refused refused -> throw new UserFacingException(refused.reason(), Severity.COMMON);
        };
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
    }

    @Override
    public synchronized Optional<QueuedTrack> skip() {
        return playOrIdle(tracks.advance(TrackEndReason.SKIPPED));
    }

    @Override
    public synchronized Optional<QueuedTrack> skipTo(int position) {
        return tracks.skipTo(position).flatMap(next -> playOrIdle(Optional.of(next)));
    }

    @Override
    public synchronized Optional<QueuedTrack> previous() {
        return tracks.previous().flatMap(previous -> playOrIdle(Optional.of(previous)));
    }

    @Override
    public synchronized void stop() {
        tracks.stop();
        player.stopTrack();
        player.setPaused(false);
    }

    @Override
    public int volume() {
        return volume;
    }

    @Override
    public void setVolume(int volume) {
        if (volume < 0 || volume > 100) {
            throw new UserFacingException("Volume goes from 0 to 100.", Severity.COMMON);
        }
        this.volume = volume;
        player.setVolume(VolumeCurve.toEngine(volume));
    }

    @Override
    public synchronized RepeatMode repeat() {
        return tracks.repeat();
    }

    @Override
    public synchronized void setRepeat(RepeatMode mode) {
        tracks.setRepeat(mode);
    }

    @Override
    public synchronized void shuffle() {
        tracks.shuffle(RandomGenerator.getDefault());
    }

    @Override
    public void seek(Duration position) {
        AudioTrack playing = player.getPlayingTrack();
        if (playing == null) {
            throw new UserFacingException("Nothing is playing.", Severity.COMMON);
        }
        if (!playing.isSeekable()) {
            throw new UserFacingException("This track can't be seeked (it's a live stream).", Severity.COMMON);
        }
        if (position.isNegative() || position.toMillis() >= playing.getDuration()) {
            throw new UserFacingException("That is past the end of the track.", Severity.COMMON);
        }
        playing.setPosition(position.toMillis());
    }

    @Override
    public synchronized Optional<QueuedTrack> remove(int position) {
        return tracks.remove(position);
    }

    @Override
    public synchronized boolean move(int from, int to) {
        return tracks.move(from, to);
    }

    @Override
    public synchronized int clear() {
        return tracks.clear();
    }

    private Optional<QueuedTrack> playOrIdle(Optional<QueuedTrack> next) {
        next.ifPresentOrElse(this::load, player::stopTrack);
        return next;
    }

    private void load(QueuedTrack queued) {
        if (!(queued.track().ref() instanceof PlaybackRef.Engine(String identifier))) {
            failed(queued, "it has no playable source yet");
            return;
        }
        manager.loadItemOrdered(this, identifier, new AudioLoadResultHandler() {
            @Override
            public void trackLoaded(AudioTrack track) {
                play(queued, track);
            }

            @Override
            public void playlistLoaded(AudioPlaylist playlist) {
                AudioTrack selected = playlist.getSelectedTrack();
                play(queued, selected != null ? selected : playlist.getTracks().getFirst());
            }

            @Override
            public void noMatches() {
                failed(queued, "there is no audio there any more");
            }

            @Override
            public void loadFailed(FriendlyException e) {
                failed(queued, e.getMessage());
            }
        });
    }

    private synchronized void play(QueuedTrack queued, AudioTrack track) {
        if (tracks.current().orElse(null) != queued) {
            return; // skipped or stopped while it loaded
        }
        track.setUserData(queued);
        player.startTrack(track, false);
    }

    private synchronized void failed(QueuedTrack queued, String reason) {
        log.warn("Guild {}: cannot play '{}': {}", guild, queued.track().info().title(), reason);
        if (announceChannel != null) {
            announcer.say(
                    announceChannel,
                    "Couldn't play **" + queued.track().info().title() + "** (" + reason + "); skipping it.");
        }
        events.trackEnded(guild, queued.track(), TrackEndReason.FAILED);
        if (tracks.current().orElse(null) == queued) {
            playOrIdle(tracks.advance(TrackEndReason.FAILED));
        }
    }

    @Override
    public void onTrackStart(AudioPlayer audioPlayer, AudioTrack track) {
        if (track.getUserData() instanceof QueuedTrack queued) {
            events.trackStarted(guild, queued.track());
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
            }
        }
    }

    @Override
    public void onTrackException(AudioPlayer audioPlayer, AudioTrack track, FriendlyException exception) {
        log.warn("Guild {}: track failed while playing: {}", guild, exception.getMessage());
    }

    void shutdown() {
        player.destroy();
    }
}
