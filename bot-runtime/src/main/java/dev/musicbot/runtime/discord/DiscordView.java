package dev.musicbot.runtime.discord;

import dev.musicbot.api.GuildId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.audio.hooks.ConnectionStatus;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.VoiceChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.jspecify.annotations.Nullable;

/**
 * What the health checks and the metrics read of Discord, in the runtime's own terms: the gateway shards this
 * process runs and its voice connections. Every read is of JDA's state at that moment.
 */
public final class DiscordView {
    private final ShardManager shards;

    DiscordView(ShardManager shards) {
        this.shards = shards;
    }

    /** Each shard of this process, by ascending id. */
    public List<ShardStatus> shards() {
        return shards.getShards().stream()
                .map(ShardStatus::of)
                .sorted(Comparator.comparingInt(ShardStatus::id))
                .toList();
    }

    /** One shard, if this process runs it. */
    public Optional<ShardStatus> shard(int id) {
        return Optional.ofNullable(shards.getShardById(id)).map(ShardStatus::of);
    }

    /** The guilds of every shard of this process. */
    public long guilds() {
        return shards.getGuildCache().size();
    }

    /** The voice connections that are fully connected. */
    public long connectedVoices() {
        return shards.getShards().stream()
                .flatMap(shard -> shard.getAudioManagerCache().stream())
                .filter(manager -> manager.getConnectionStatus() == ConnectionStatus.CONNECTED)
                .count();
    }

    /** Whether the guild's voice connection is fully connected. */
    public boolean voiceConnected(GuildId guild) {
        Guild found = shards.getGuildById(guild.value());
        return found != null && found.getAudioManager().getConnectionStatus() == ConnectionStatus.CONNECTED;
    }

    /** The id of the guild a voice channel belongs to, or null if no shard of this process knows the channel. */
    public @Nullable String guildOfVoiceChannel(long channelId) {
        VoiceChannel found = shards.getVoiceChannelById(channelId);
        return found == null ? null : found.getGuild().getId();
    }
}
