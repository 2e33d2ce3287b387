package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.playback.GuildPlayback;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;

/** The players of all guilds, created on first use. */
public final class GuildPlayers implements AutoCloseable {
    private final AudioPlayerManager manager;
    private final PlaybackEvents events;
    private final Map<Long, GuildPlayer> players = new ConcurrentHashMap<>();

    public GuildPlayers(AudioPlayerManager manager, PlaybackEvents events) {
        this.manager = manager;
        this.events = events;
    }

    public GuildPlayback get(JDA jda, GuildId guild) {
        return players.computeIfAbsent(guild.value(), id -> new GuildPlayer(jda, guild, manager, events));
    }

    @Override
    public void close() {
        players.values().forEach(GuildPlayer::shutdown);
        players.clear();
    }
}
