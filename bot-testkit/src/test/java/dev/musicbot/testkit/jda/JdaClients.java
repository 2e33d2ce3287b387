package dev.musicbot.testkit.jda;

import club.minnced.discord.jdave.interop.JDaveSessionFactory;
import com.neovisionaries.ws.client.WebSocketFactory;
import dev.musicbot.testkit.DiscordSimulator;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.audio.AudioModuleConfig;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** An unmodified JDA pointed at a simulator, the way the protocol spec's "Option A" describes. */
final class JdaClients {
    private JdaClients() {}

    static JDA connect(DiscordSimulator sim, Object... listeners) throws InterruptedException {
        return connectWithDave(sim, false, listeners);
    }

    /** With {@code dave}, JDA's voice uses JDAVE (libdave), as the bot does on Discord. */
    static JDA connectWithDave(DiscordSimulator sim, boolean dave, Object... listeners) throws InterruptedException {
        JDABuilder builder = JDABuilder.createDefault(sim.token());
        if (dave) {
            builder.setAudioModuleConfig(new AudioModuleConfig().withDaveSessionFactory(new JDaveSessionFactory()));
        }
        JDA jda = builder.setRestConfig(new RestConfig().setBaseUrl(sim.restBaseUrl()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return sim.gatewayUrl();
                    }
                })
                .setWebsocketFactory(new WebSocketFactory()
                        .setSSLContext(sim.clientSslContext())
                        .setVerifyHostname(false))
                .setCompression(Compression.NONE)
                .addEventListeners(listeners)
                .build();
        return jda.awaitReady();
    }

    static void shutdown(JDA jda) throws InterruptedException {
        jda.shutdownNow();
        jda.awaitShutdown(5, TimeUnit.SECONDS);
    }
}
