package dev.musicbot.runtime.ops;

import dev.musicbot.api.GuildId;
import dev.musicbot.runtime.playback.GuildPlayers;
import dev.musicbot.runtime.playback.PlayerStatus;
import java.util.List;
import net.dv8tion.jda.api.audio.hooks.ConnectionStatus;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.sharding.ShardManager;

/** The players' wishes, and JDA's audio managers for the facts. */
final class JdaVoices implements Voices {
    private final ShardManager shards;
    private final GuildPlayers players;

    JdaVoices(ShardManager shards, GuildPlayers players) {
        this.shards = shards;
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
        Guild found = shards.getGuildById(guild.value());
        return found != null && found.getAudioManager().getConnectionStatus() == ConnectionStatus.CONNECTED;
    }

    @Override
    public void rejoin(GuildId guild) {
        players.rejoin(guild);
    }
}
