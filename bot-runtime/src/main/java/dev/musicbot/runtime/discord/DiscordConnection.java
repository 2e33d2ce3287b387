package dev.musicbot.runtime.discord;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.runtime.StartupException;
import dev.musicbot.runtime.config.BotConfig;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's session with Discord: connects, registers the slash commands of every loaded handler (globally, or
 * per guild when {@code discord.command-guilds} lists guilds, which takes effect instantly), and shuts down.
 */
public final class DiscordConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordConnection.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final JDA jda;
    private final DaveMonitor dave;
    private final CountDownLatch ended = new CountDownLatch(1);

    private DiscordConnection(JDA jda, DaveMonitor dave) {
        this.jda = jda;
        this.dave = dave;
    }

    /** DAVE on each voice connection. */
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
        CountDownLatch ended = new CountDownLatch(1);
        ListenerAdapter lifecycle = new ListenerAdapter() {
            @Override
            public void onReady(ReadyEvent event) {
                registerCommands(event.getJDA(), config.discord().commandGuilds(), registry);
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
        JDA jda;
        try {
            jda = JdaFactory.build(
                    config.discord(),
                    dave,
                    lifecycle,
                    new InteractionRouter(
                            registry, players, tracks, config.playback().djRole()));
            jda.awaitReady();
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
        JDA session = jda;
        dave.onRefusal((channelId, reply) -> {
            VoiceChannel channel = session.getVoiceChannelById(channelId);
            if (channel != null) {
                players.refuseVoice(new GuildId(channel.getGuild().getIdLong()), reply);
            }
        });
        DiscordConnection connection = new DiscordConnection(jda, dave);
        connection.watch(ended);
        log.info(
                "Connected to Discord as {} in {} guild(s)",
                jda.getSelfUser().getName(),
                jda.getGuilds().size());
        return connection;
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

    static void registerCommands(JDA jda, List<String> guildIds, ExtensionRegistry registry) {
        List<CommandData> commands = registry.extensions(CommandHandler.class).stream()
                .map(handler -> (CommandData) CommandTranslator.toJda(handler.spec(), handler.messages()))
                .toList();
        if (guildIds.isEmpty()) {
            jda.updateCommands()
                    .addCommands(commands)
                    .queue(
                            done -> log.info("Registered {} slash commands globally", done.size()),
                            failure -> log.error("Slash command registration failed", failure));
            return;
        }
        for (String id : guildIds) {
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

    /** Blocks until the session ends (shutdown, or Discord ended it for good). */
    public void awaitEnd() throws InterruptedException {
        ended.await();
    }

    public JDA jda() {
        return jda;
    }

    @Override
    public void close() {
        jda.getGuilds().forEach(guild -> guild.getAudioManager().closeAudioConnection());
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(SHUTDOWN_GRACE)) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
        ended.countDown();
    }
}
