package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.runtime.config.BotConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;

/** The players of all guilds, created on first use. */
public final class GuildPlayers implements AutoCloseable {
    private final AudioPlayerManager manager;
    private final PlaybackEvents events;
    private final BotConfig.Playback rules;
    private final Map<Long, GuildPlayer> players = new ConcurrentHashMap<>();

    public GuildPlayers(AudioPlayerManager manager, PlaybackEvents events, BotConfig.Playback rules) {
        this.manager = manager;
        this.events = events;
        this.rules = rules;
    }

    /**
     * The guild's player; announcements (a track that cannot play) go to {@code textChannel}.
     *
     * @param jda the Discord session
     * @param guild the guild
     * @param textChannel the channel the latest command came from
     * @return the player
     */
    public GuildPlayback get(JDA jda, GuildId guild, ChannelId textChannel) {
        GuildPlayer player = players.computeIfAbsent(
                guild.value(),
                id -> new GuildPlayer(
                        guild,
                        new JdaVoiceLink(jda, guild),
                        manager,
                        events,
                        (channel, text) -> say(jda, channel, text),
                        new Tracklist(rules.maxQueueLength(), rules.maxPerUser())));
        player.announceIn(textChannel);
        return player;
    }

    private static void say(JDA jda, ChannelId channel, String text) {
        GuildMessageChannel target = jda.getChannelById(GuildMessageChannel.class, channel.value());
        if (target != null && target.canTalk()) {
            target.sendMessage(text).queue();
        }
    }

    @Override
    public void close() {
        players.values().forEach(GuildPlayer::shutdown);
        players.clear();
    }
}
