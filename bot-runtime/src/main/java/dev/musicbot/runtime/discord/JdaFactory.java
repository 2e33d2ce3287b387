package dev.musicbot.runtime.discord;

import com.neovisionaries.ws.client.WebSocketFactory;
import dev.musicbot.runtime.config.BotConfig;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.audio.AudioModuleConfig;
import net.dv8tion.jda.api.audio.factory.IAudioSendFactory;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * Builds the JDA client: only the intents a music bot needs (guilds and voice states; no message content),
 * REST and gateway URLs from configuration, the voice TLS trust, DAVE (JDAVE when its natives load) watched by the
 * {@link DaveMonitor}, and the voice packet sender ({@link AudioSend}).
 */
final class JdaFactory {
    private static final List<GatewayIntent> INTENTS = List.of(GatewayIntent.GUILD_VOICE_STATES);

    private JdaFactory() {}

    static JDA build(BotConfig.Discord discord, DaveMonitor dave, IAudioSendFactory send, Object... listeners) {
        String token = discord.token() == null ? "" : discord.token().reveal();
        // Nothing the bot sends may ping anyone: it echoes titles and names that others wrote.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        JDABuilder builder = JDABuilder.createLight(token, INTENTS)
                .enableCache(CacheFlag.VOICE_STATE)
                .setMemberCachePolicy(MemberCachePolicy.VOICE.or(MemberCachePolicy.OWNER))
                .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                .setSessionController(new FixedGatewaySessionController(discord.gatewayUrl()))
                .addEventListeners(listeners);
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

    /** Connects to the configured gateway URL instead of JDA's built-in one (proxies, the test simulator). */
    private static final class FixedGatewaySessionController extends SessionControllerAdapter {
        private final String gateway;

        FixedGatewaySessionController(String gateway) {
            this.gateway = gateway.endsWith("/") ? gateway : gateway + "/";
        }

        @Override
        public String getGateway() {
            return gateway;
        }
    }
}
