package dev.musicbot.runtime.discord;

import com.neovisionaries.ws.client.WebSocketFactory;
import dev.musicbot.runtime.config.BotConfig;
import dev.musicbot.runtime.config.ShardPlan;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.audio.AudioModuleConfig;
import net.dv8tion.jda.api.audio.factory.IAudioSendFactory;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * Builds the JDA client: only the intents a music bot needs (guilds and voice states; no message content),
 * REST and gateway URLs from configuration, the voice TLS trust, DAVE (JDAVE when its natives load) watched by the
 * {@link DaveMonitor}, and the voice packet sender ({@link AudioSend}, one for every shard).
 * Always a {@link ShardManager}, of the shards {@code discord.shards} names (one shard of one by default), so one
 * process and many take the same path. IDENTIFYs are paced by {@code GET /gateway/bot}'s
 * {@code session_start_limit.max_concurrency}: shards in different buckets ({@code id % max_concurrency}) start
 * together, shards in one bucket five seconds apart.
 */
final class JdaFactory {
    private static final List<GatewayIntent> INTENTS = List.of(GatewayIntent.GUILD_VOICE_STATES);

    private JdaFactory() {}

    static ShardManager build(
            BotConfig.Discord discord, DaveMonitor dave, IAudioSendFactory send, Object... listeners) {
        String token = discord.token() == null ? "" : discord.token().reveal();
        // Nothing the bot sends may ping anyone: it echoes titles and names that others wrote.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        ShardPlan plan = discord.shards().plan();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token, INTENTS)
                .enableCache(CacheFlag.VOICE_STATE)
                .setMemberCachePolicy(MemberCachePolicy.VOICE.or(MemberCachePolicy.OWNER))
                .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                .setSessionController(new FixedGatewaySessionController(discord.gatewayUrl()))
                .addEventListeners(List.of(listeners));
        if (plan.auto()) {
            builder.setShardsTotal(-1); // JDA asks GET /gateway/bot
        } else {
            builder.setShardsTotal(plan.total()).setShards(plan.idsOf(plan.total()));
        }
        if (discord.voiceTrustStore() != null) {
            builder.setWebsocketFactory(new WebSocketFactory()
                    .setSSLContext(
                            VoiceTrust.fromTrustStore(discord.voiceTrustStore(), discord.voiceTrustStorePassword())));
        }
        // Even without the natives: the monitor then sees the pass-through sessions (protocol version 0).
        builder.setAudioModuleConfig(
                new AudioModuleConfig().withDaveSessionFactory(dave.factory()).withAudioSendFactory(send));
        return builder.build();
    }

    /**
     * Connects to the configured gateway URL instead of the one {@code /gateway/bot} names (proxies, the test
     * simulator), keeping that answer's shard count and IDENTIFY concurrency.
     */
    private static final class FixedGatewaySessionController extends ConcurrentSessionController {
        private final String gateway;

        FixedGatewaySessionController(String gateway) {
            this.gateway = gateway.endsWith("/") ? gateway : gateway + "/";
        }

        @Override
        public String getGateway() {
            return gateway;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            ShardedGateway answer = super.getShardedGateway(api);
            return new ShardedGateway(gateway, answer.getShardTotal(), answer.getConcurrency());
        }
    }
}
