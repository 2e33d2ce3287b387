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
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.runtime.audio.PlayerSendHandler;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.VoiceChannel;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.managers.AudioManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One guild's player: its queue, its LavaPlayer player and its voice connection. */
final class GuildPlayer extends AudioEventAdapter implements GuildPlayback {
    private static final Logger log = LoggerFactory.getLogger(GuildPlayer.class);

    private final JDA jda;
    private final GuildId guild;
    private final AudioPlayerManager manager;
    private final AudioPlayer player;
    private final PlaybackEvents events;
    private final Deque<QueuedTrack> queue = new ArrayDeque<>();
    private @Nullable QueuedTrack current;

    GuildPlayer(JDA jda, GuildId guild, AudioPlayerManager manager, PlaybackEvents events) {
        this.jda = jda;
        this.guild = guild;
        this.manager = manager;
        this.events = events;
        this.player = manager.createPlayer();
        player.addListener(this);
    }

    @Override
    public GuildId guild() {
        return guild;
    }

    @Override
    public Optional<ChannelId> voiceChannel() {
        AudioChannel connected = audioManager().getConnectedChannel();
        return Optional.ofNullable(connected).map(c -> new ChannelId(c.getIdLong()));
    }

    @Override
    public void join(ChannelId channelId) {
        Guild g = discordGuild();
        VoiceChannel channel = g.getVoiceChannelById(channelId.value());
        if (channel == null) {
            throw new UserFacingException("I can't find that voice channel.", Severity.COMMON);
        }
        Member self = g.getSelfMember();
        if (!self.hasPermission(channel, Permission.VIEW_CHANNEL, Permission.VOICE_CONNECT)) {
            throw new UserFacingException(
                    "I don't have permission to join " + channel.getAsMention() + ".", Severity.COMMON);
        }
        if (!self.hasPermission(channel, Permission.VOICE_SPEAK)) {
            throw new UserFacingException(
                    "I don't have permission to speak in " + channel.getAsMention() + ".", Severity.COMMON);
        }
        AudioManager audio = g.getAudioManager();
        audio.setSendingHandler(new PlayerSendHandler(player));
        audio.openAudioConnection(channel);
    }

    @Override
    public synchronized void leave() {
        queue.clear();
        current = null;
        player.stopTrack();
        audioManager().closeAudioConnection();
    }

    @Override
    public synchronized int enqueue(Track track, UserId requester) {
        QueuedTrack queued = new QueuedTrack(track, requester);
        if (current == null) {
            start(queued);
            return 0;
        }
        queue.addLast(queued);
        return queue.size();
    }

    @Override
    public synchronized Optional<QueuedTrack> current() {
        return Optional.ofNullable(current);
    }

    private void start(QueuedTrack queued) {
        current = queued;
        if (!(queued.track().ref() instanceof PlaybackRef.Engine(String identifier))) {
            log.warn(
                    "Guild {}: deferred tracks are not playable yet; skipping {}",
                    guild,
                    queued.track().info().title());
            startNext();
            return;
        }
        manager.loadItemOrdered(this, identifier, new AudioLoadResultHandler() {
            @Override
            public void trackLoaded(AudioTrack track) {
                play(queued, track);
            }

            @Override
            public void playlistLoaded(AudioPlaylist playlist) {
                AudioTrack first = playlist.getSelectedTrack() != null
                        ? playlist.getSelectedTrack()
                        : playlist.getTracks().getFirst();
                play(queued, first);
            }

            @Override
            public void noMatches() {
                failedToLoad(queued, "no audio found");
            }

            @Override
            public void loadFailed(FriendlyException e) {
                failedToLoad(queued, e.getMessage());
            }
        });
    }

    private synchronized void play(QueuedTrack queued, AudioTrack track) {
        if (current != queued) {
            return; // skipped or stopped while loading
        }
        track.setUserData(queued);
        player.startTrack(track, false);
    }

    private synchronized void failedToLoad(QueuedTrack queued, String reason) {
        log.warn("Guild {}: cannot play '{}': {}", guild, queued.track().info().title(), reason);
        events.trackEnded(guild, queued.track(), dev.musicbot.api.playback.TrackEndReason.FAILED);
        if (current == queued) {
            startNext();
        }
    }

    private synchronized void startNext() {
        QueuedTrack next = queue.pollFirst();
        current = null;
        if (next != null) {
            start(next);
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
        if (track.getUserData() instanceof QueuedTrack queued) {
            events.trackEnded(guild, queued.track(), PlaybackEvents.reasonOf(endReason));
        }
        if (endReason.mayStartNext) {
            startNext();
        }
    }

    @Override
    public void onTrackException(AudioPlayer audioPlayer, AudioTrack track, FriendlyException exception) {
        log.warn("Guild {}: track failed while playing: {}", guild, exception.getMessage());
    }

    private Guild discordGuild() {
        Guild g = jda.getGuildById(guild.value());
        if (g == null) {
            throw new UserFacingException("I am not in that server any more.", Severity.COMMON);
        }
        return g;
    }

    private AudioManager audioManager() {
        return discordGuild().getAudioManager();
    }

    void shutdown() {
        player.destroy();
    }
}
