package dev.musicbot.runtime.ops;

import dev.musicbot.api.GuildId;
import dev.musicbot.runtime.discord.DiscordView;
import dev.musicbot.runtime.playback.GuildPlayers;
import dev.musicbot.runtime.playback.PlayerStatus;
import java.util.List;

/** The players' wishes, and Discord's voice connections for the facts. */
final class PlayerVoices implements Voices {
    private final DiscordView discord;
    private final GuildPlayers players;

    PlayerVoices(DiscordView discord, GuildPlayers players) {
        this.discord = discord;
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
        return discord.voiceConnected(guild);
    }

    @Override
    public void rejoin(GuildId guild) {
        players.rejoin(guild);
    }
}
