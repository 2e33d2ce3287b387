package dev.musicbot.runtime.ops;

import dev.musicbot.api.GuildId;
import dev.musicbot.runtime.playback.GuildPlayers;
import dev.musicbot.runtime.playback.PlayerStatus;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.audio.hooks.ConnectionStatus;
import net.dv8tion.jda.api.entities.Guild;

/** The players' wishes, and JDA's audio managers for the facts. */
final class JdaVoices implements Voices {
    private final JDA jda;
    private final GuildPlayers players;

    JdaVoices(JDA jda, GuildPlayers players) {
        this.jda = jda;
        this.players = players;
    }

    @Override
    public List<GuildId> expected() {
        return players.statuses().stream()
                .filter(status -> status.hasTrack() && status.voiceChannel().isPresent())
                .map(PlayerStatus::guild)
                .toList();
    }

    @Override
    public boolean connected(GuildId guild) {
        Guild found = jda.getGuildById(guild.value());
        return found != null && found.getAudioManager().getConnectionStatus() == ConnectionStatus.CONNECTED;
    }

    @Override
    public void rejoin(GuildId guild) {
        players.rejoin(guild);
    }
}
