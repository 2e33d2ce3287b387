package dev.musicbot.runtime.discord;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.runtime.StartupException;
import dev.musicbot.runtime.config.BotConfig;
import dev.musicbot.runtime.config.ShardPlan;
import dev.musicbot.runtime.playback.DiscordSession;
import dev.musicbot.runtime.playback.GuildPlayers;
import dev.musicbot.runtime.plugin.ExtensionRegistry;
import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.SSLException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.VoiceChannel;
import net.dv8tion.jda.api.events.guild.GuildAvailableEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.GuildUnavailableEvent;
import net.dv8tion.jda.api.events.guild.voice.GuildVoiceUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's session with Discord: connects, registers the slash commands of every loaded handler (globally, or
 * per guild when {@code discord.command-guilds} lists guilds, which takes effect instantly), and shuts down.
 */
public final class DiscordConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordConnection.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final Duration SHARD_POLL = Duration.ofMillis(50);

    private final ShardManager shards;
    private final DaveMonitor dave;
    private final CountDownLatch ended = new CountDownLatch(1);

    private DiscordConnection(ShardManager shards, DaveMonitor dave) {
        this.shards = shards;
        this.dave = dave;
    }

    /** DAVE on each voice connection. */
    /** Each shard of this process as the playback core sees Discord. */
    public List<DiscordSession> sessions() {
        return shards.getShards().stream().<DiscordSession>map(JdaSession::new).toList();
    }

    public DaveMonitor dave() {
        return dave;
    }

    /**
     * Connects and waits until every guild is ready.
     *
     * @throws StartupException if Discord refuses the token or the connection cannot be made
     */
    public static DiscordConnection open(
            BotConfig config, DaveMonitor dave, ExtensionRegistry registry, GuildPlayers players, TrackLoader tracks) {
        AudioSend send = AudioSend.choose(config.voice().send());
        if (config.voice().send() == BotConfig.SendMode.NATIVE && !send.nativeQueue()) {
            throw new StartupException(
                    "voice.send is 'native' but the native send queue did not load: " + AudioSend.nativeUnavailable());
        }
        log.info("Voice packets: {}", send.description());
        CountDownLatch ended = new CountDownLatch(1);
        ListenerAdapter lifecycle = new ListenerAdapter() {
            @Override
            public void onReady(ReadyEvent event) {
                registerCommands(event.getJDA(), config.discord().commandGuilds(), registry);
                log.info(
                        "Shard {}: connected with {} guild(s)",
                        event.getJDA().getShardInfo().getShardString(),
                        event.getGuildTotalCount());
            }

            @Override
            public void onGuildLeave(GuildLeaveEvent event) {
                players.forget(new GuildId(event.getGuild().getIdLong()), true);
            }

            @Override
            public void onGuildUnavailable(GuildUnavailableEvent event) {
                players.forget(new GuildId(event.getGuild().getIdLong()), false);
            }

            @Override
            public void onGuildAvailable(GuildAvailableEvent event) {
                players.resume(
                        new JdaSession(event.getJDA()),
                        new GuildId(event.getGuild().getIdLong()));
            }

            @Override
            public void onGuildVoiceUpdate(GuildVoiceUpdateEvent event) {
                if (event.getChannelJoined() == null
                        && event.getMember().getIdLong()
                                == event.getJDA().getSelfUser().getIdLong()) {
                    players.disconnectedFromVoice(new GuildId(event.getGuild().getIdLong()));
                }
            }

            @Override
            public void onShutdown(ShutdownEvent event) {
                ended.countDown();
            }
        };
        ShardManager shards;
        try {
            shards = JdaFactory.build(
                    config.discord(),
                    dave,
                    send.factory(config.voice().sendBufferMs()),
                    lifecycle,
                    new InteractionRouter(
                            registry, players, tracks, config.playback().djRole()));
            awaitReady(shards, config.discord().shards().plan());
        } catch (InvalidTokenException e) {
            throw new StartupException("Discord refused the bot token (check BOT_TOKEN)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while connecting to Discord", e);
        } catch (IllegalStateException e) {
            throw unreachable(config.discord().restUrl(), e)
                    .orElseGet(() -> new StartupException("cannot connect to Discord: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            throw unreachable(config.discord().restUrl(), e).orElseThrow(() -> e);
        }
        ShardManager session = shards;
        dave.onRefusal((channelId, reply) -> {
            VoiceChannel channel = session.getVoiceChannelById(channelId);
            if (channel != null) {
                players.refuseVoice(new GuildId(channel.getGuild().getIdLong()), reply);
            }
        });
        DiscordConnection connection = new DiscordConnection(shards, dave);
        connection.watch(ended);
        log.info(
                "Connected to Discord as {} in {} guild(s) on shard(s) {} of {}",
                shards.getShards().getFirst().getSelfUser().getName(),
                shards.getGuildCache().size(),
                ShardPlan.describe(ids(shards)),
                shards.getShardsTotal());
        return connection;
    }

    /**
     * Waits until every shard of this process is connected with its guilds. JDA builds the first shard at once
     * and the others as IDENTIFY pacing allows, so each is waited for until it exists, then until it is ready.
     */
    private static void awaitReady(ShardManager shards, ShardPlan plan) throws InterruptedException {
        for (int id : plan.idsOf(shards.getShardsTotal())) {
            JDA shard;
            while ((shard = shards.getShardById(id)) == null) {
                Thread.sleep(SHARD_POLL);
            }
            shard.awaitReady();
        }
    }

    private static List<Integer> ids(ShardManager shards) {
        return shards.getShards().stream()
                .map(shard -> shard.getShardInfo().getShardId())
                .sorted()
                .toList();
    }

    /**
     * A login that failed because Discord could not be reached (JDA wraps the network error in its own
     * exceptions) as one clear line; empty if the failure has no network cause.
     */
    static Optional<StartupException> unreachable(String restUrl, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException io) {
                String what =
                        switch (io) {
                            case UnknownHostException host -> "cannot resolve " + host.getMessage();
                            case SSLException tls -> "TLS failed: " + tls.getMessage();
                            default -> io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
                        };
                return Optional.of(new StartupException(
                        "cannot reach Discord at " + restUrl + " (" + what + "): check the network, DNS and any proxy",
                        failure));
            }
        }
        return Optional.empty();
    }

    private void watch(CountDownLatch jdaEnded) {
        Thread.ofVirtual().name("discord-watch").start(() -> {
            try {
                jdaEnded.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.countDown();
        });
    }

    /**
     * Registers the commands when a shard is ready: global commands from shard 0 only (they belong to the
     * application, not to a shard), guild commands from the shard that has the guild.
     */
    static void registerCommands(JDA jda, List<String> guildIds, ExtensionRegistry registry) {
        List<CommandData> commands = registry.extensions(CommandHandler.class).stream()
                .map(handler -> (CommandData) CommandTranslator.toJda(handler.spec(), handler.messages()))
                .toList();
        JDA.ShardInfo shard = jda.getShardInfo();
        if (guildIds.isEmpty()) {
            if (shard.getShardId() != 0) {
                return;
            }
            jda.updateCommands()
                    .addCommands(commands)
                    .queue(
                            done -> log.info("Registered {} slash commands globally", done.size()),
                            failure -> log.error("Slash command registration failed", failure));
            return;
        }
        for (String id : guildIds) {
            if (ShardPlan.shardOf(Long.parseLong(id), shard.getShardTotal()) != shard.getShardId()) {
                continue; // another shard's guild
            }
            Guild guild = jda.getGuildById(id);
            if (guild == null) {
                log.warn("discord.command-guilds lists {}, but the bot is not in that guild", id);
                continue;
            }
            guild.updateCommands()
                    .addCommands(commands)
                    .queue(
                            done -> log.info("Registered {} slash commands in guild {}", done.size(), guild.getName()),
                            failure -> log.error("Slash command registration in guild {} failed", id, failure));
        }
    }

    /** Blocks until the session ends (shutdown, or Discord ended a shard's session for good). */
    public void awaitEnd() throws InterruptedException {
        ended.await();
    }

    /** This process's shards (one of one by default). */
    public ShardManager shards() {
        return shards;
    }

    /** The shards and voice connections, as the health checks and metrics read them. */
    public DiscordView view() {
        return new DiscordView(shards);
    }

    @Override
    public void close() {
        shards.getShards().forEach(shard -> shard.getGuilds()
                .forEach(guild -> guild.getAudioManager().closeAudioConnection()));
        List<JDA> running = shards.getShards();
        running.forEach(JDA::shutdown);
        shards.shutdown();
        for (JDA shard : running) {
            try {
                if (!shard.awaitShutdown(SHUTDOWN_GRACE)) {
                    shard.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                shard.shutdownNow();
            }
        }
        ended.countDown();
    }
}
