package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.audio.PlayerSendHandler;
import dev.musicbot.runtime.audio.ProbedTracks;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.config.BotConfig;
import dev.musicbot.runtime.filter.TrackLoudness;
import dev.musicbot.runtime.state.GuildState;
import dev.musicbot.runtime.state.GuildStates;
import dev.musicbot.runtime.state.QueueSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The players of all guilds: created on first use with their saved settings, saved after every change (off the
 * audio and gateway threads) and every few seconds while playing, resumed after a restart, and taken out of
 * voice when left alone or idle unless 24/7 is on.
 */
public final class GuildPlayers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GuildPlayers.class);
    private static final Duration SAVE_AND_CHECK_EVERY = Duration.ofSeconds(2);

    private final AudioPlayerManager manager;
    private final ProbedTracks probed;
    private final TrackLoudness loudness;
    private final TrackLoader tracks;
    private final PlaybackEvents events;
    private final BotConfig.Playback rules;
    private final GuildStates store;
    private final Autoplay autoplay;
    private final Map<Long, GuildPlayer> players = new ConcurrentHashMap<>();
    private final Map<Long, IdleWatch> watches = new ConcurrentHashMap<>();
    /** Guilds whose last tick failed, so that a lasting failure is logged once. */
    private final Set<Long> failing = ConcurrentHashMap.newKeySet();

    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("state-writer").factory());
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("player-ticker").factory());

    private final Map<DiscordSession, Announcer> announcerBySession = new ConcurrentHashMap<>();
    private final Function<GuildId, PlayerSendHandler.FrameCounter> frames;
    /** Why the bot may not join voice at all (DAVE required but unavailable), said to whoever asks it to. */
    private final Supplier<Optional<Text>> voiceRefusal;

    public GuildPlayers(
            AudioPlayerManager manager,
            ProbedTracks probed,
            TrackLoudness loudness,
            TrackLoader tracks,
            PlaybackEvents events,
            BotConfig.Playback rules,
            GuildStates store,
            Autoplay autoplay,
            Function<GuildId, PlayerSendHandler.FrameCounter> frames,
            Supplier<Optional<Text>> voiceRefusal) {
        this.voiceRefusal = voiceRefusal;
        this.frames = frames;
        this.manager = manager;
        this.probed = probed;
        this.loudness = loudness;
        this.tracks = tracks;
        this.events = events;
        this.rules = rules;
        this.store = store;
        this.autoplay = autoplay;
        long period = SAVE_AND_CHECK_EVERY.toMillis();
        ticker.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * The guild's player; announcements go to {@code textChannel}.
     *
     * @param session the Discord session the command came through
     * @param guild the guild
     * @param textChannel the channel the latest command came from
     * @return the player
     */
    public GuildPlayback get(DiscordSession session, GuildId guild, ChannelId textChannel) {
        GuildPlayer player = player(session, guild);
        player.announceIn(textChannel);
        return player;
    }

    private GuildPlayer player(DiscordSession session, GuildId guild) {
        return players.computeIfAbsent(guild.value(), id -> {
            PlayerParts parts = new PlayerParts(
                    manager,
                    probed,
                    loudness,
                    tracks,
                    events,
                    announcerBySession.computeIfAbsent(session, DiscordSession::announcer),
                    events::segmentProviders,
                    autoplay);
            Tracklist tracks = new Tracklist(rules.maxQueueLength(), rules.maxPerUser());
            GuildPlayer created = new GuildPlayer(
                    parts, guild, session.voice(guild, frames.apply(guild), voiceRefusal), tracks, () -> save(guild));
            created.apply(store.load(guild).settings());
            return created;
        });
    }

    /** Rejoins and resumes every guild whose queue was saved when the bot stopped. */
    public void resumeAll(DiscordSession session) {
        for (GuildId guild : store.guildsWithQueues()) {
            resume(session, guild);
        }
    }

    /**
     * Rejoins and resumes one guild's saved queue, if it has one and no player yet: after a restart, or when a
     * guild that was unavailable is back.
     */
    public void resume(DiscordSession session, GuildId guild) {
        if (!session.hasGuild(guild) || players.containsKey(guild.value())) {
            return;
        }
        GuildState saved = store.load(guild);
        if (saved.queue() == null) {
            return;
        }
        try {
            player(session, guild).restore(saved.queue());
            log.info("Guild {}: resumed its saved queue", guild);
        } catch (RuntimeException e) {
            log.warn("Guild {}: could not resume the saved queue: {}", guild, e.getMessage());
            store.clearQueue(guild);
        }
    }

    /**
     * Drops a guild's player after the bot left the guild (its saved queue is cleared) or the guild became
     * unavailable (its state is saved first, so it resumes when the guild is back).
     *
     * @param guild the guild
     * @param gone true if the bot is no longer a member, false if the guild is only unavailable
     */
    public void forget(GuildId guild, boolean gone) {
        GuildPlayer player = players.get(guild.value());
        if (player == null) {
            return;
        }
        writer.execute(() -> {
            if (!gone) {
                saveNow(guild);
            }
            if (players.remove(guild.value(), player)) {
                watches.remove(guild.value());
                failing.remove(guild.value());
                player.discard();
                if (gone) {
                    store.clearQueue(guild);
                }
                log.info("Guild {}: dropped its player ({})", guild, gone ? "the bot left the guild" : "unavailable");
            }
        });
    }

    /**
     * Called when Discord says the bot is in no voice channel of the guild. If the player did not leave by itself,
     * someone (a moderator) disconnected it: it stays out, forgets its queue and says so. A voice-server failure
     * leaves the bot's voice state alone, so the health loop still rejoins after one.
     */
    public void disconnectedFromVoice(GuildId guild) {
        GuildPlayer player = players.get(guild.value());
        if (player != null) {
            player.disconnectedByOthers(() -> {
                watches.remove(guild.value());
                log.info("Guild {}: disconnected from voice by someone else; staying out", guild);
            });
        }
    }

    /**
     * The guild's voice connection may not be used (it would run without DAVE while DAVE is required): the player
     * leaves, stops, clears its queue and says {@code reply} where it was asked to play.
     */
    public void refuseVoice(GuildId guild, Text reply) {
        GuildPlayer player = players.get(guild.value());
        if (player != null) {
            watches.remove(guild.value());
            player.refuseVoice(reply);
        }
    }

    /** What each player is doing now, for the health checks and the metrics. */
    public List<PlayerStatus> statuses() {
        return players.values().stream()
                .map(player -> new PlayerStatus(
                        player.guild(),
                        joinedChannel(player),
                        player.current().isPresent(),
                        player.isPlaying(),
                        player.queue().size()))
                .toList();
    }

    /**
     * Joins the guild's player to its voice channel again, after the connection was lost and not restored. If
     * that is no longer possible (the channel is gone, or a permission was taken away), the player leaves and
     * says why.
     *
     * @return whether a join was requested
     */
    public boolean rejoin(GuildId guild) {
        GuildPlayer player = players.get(guild.value());
        Optional<ChannelId> channel = player == null ? Optional.empty() : joinedChannel(player);
        if (player == null || channel.isEmpty()) {
            return false;
        }
        try {
            player.join(channel.get());
            return true;
        } catch (UserFacingException e) {
            log.warn("Guild {}: cannot rejoin voice channel {}: {}", guild, channel.get(), e.getMessage());
            player.leaveBecause(RuntimeMessages.text("leave.reason.lost"));
            return false;
        }
    }

    /** The voice channel the player joined and has not left; GuildPlayer keeps it private, its snapshot has it. */
    private static Optional<ChannelId> joinedChannel(GuildPlayer player) {
        QueueSnapshot queue = player.snapshot().queue();
        return queue == null ? Optional.empty() : Optional.of(new ChannelId(queue.voiceChannelId()));
    }

    private void save(GuildId guild) {
        writer.execute(() -> saveNow(guild));
    }

    private void saveNow(GuildId guild) {
        GuildPlayer player = players.get(guild.value());
        if (player == null) {
            return;
        }
        try {
            store.save(guild, player.snapshot());
        } catch (RuntimeException e) {
            log.warn("Guild {}: could not save its state: {}", guild, e.getMessage());
        }
    }

    private void tick() {
        long now = System.nanoTime();
        players.forEach((id, player) -> {
            try {
                tick(id, player, now);
                failing.remove(id);
            } catch (RuntimeException e) {
                if (failing.add(id)) {
                    log.warn("Guild {}: its periodic save and idle check failed", player.guild(), e);
                }
            }
        });
    }

    /** One player's periodic work; a failure here must not stop the other players' (the caller isolates it). */
    private void tick(long id, GuildPlayer player, long now) {
        if (player.voiceChannel().isEmpty()) {
            watches.remove(id);
            return;
        }
        if (player.isPlaying()) {
            save(player.guild()); // keeps the saved position fresh
        }
        if (rules.stayConnected247() || player.stayConnected()) {
            return;
        }
        IdleWatch watch = watches.computeIfAbsent(
                id,
                g -> new IdleWatch(Duration.ofSeconds(rules.aloneTimeout()), Duration.ofSeconds(rules.idleTimeout())));
        Text reason = watch.check(now, player.listeners(), player.isPlaying());
        if (reason != null) {
            log.info("Guild {}: leaving voice because {}", player.guild(), reason);
            watches.remove(id);
            player.leaveBecause(reason);
        }
    }

    /** Saves every guild's state now (before a shutdown closes the voice connections). */
    public void saveAll() {
        ticker.shutdownNow();
        players.keySet().forEach(id -> saveNow(new GuildId(id)));
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        players.values().forEach(GuildPlayer::shutdown);
        players.clear();
    }
}
