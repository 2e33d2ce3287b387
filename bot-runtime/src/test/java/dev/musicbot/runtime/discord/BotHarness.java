package dev.musicbot.runtime.discord;

import dev.musicbot.runtime.TestConfigs;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.voice.TrustStoreFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the real runtime against a simulator, as a user's configuration would point it at Discord. Plugin
 * modules use it too, through bot-runtime's test-jar. The health endpoint takes a free port, so that tests
 * never contend for the default one.
 */
public final class BotHarness {
    private BotHarness() {}

    public static Bot start(DiscordSimulator sim, Path dir, Map<String, String> extra) {
        TrustStoreFile trust = sim.voiceTrustStore();
        Map<String, String> settings = new HashMap<>(Map.of(
                "discord.token", sim.token(),
                "discord.rest-url", sim.restBaseUrl(),
                "discord.gateway-url", sim.gatewayUrl(),
                "discord.voice-trust-store", trust.path().toString(),
                "discord.voice-trust-store-password", trust.password(),
                "plugins-dir", dir.resolve("no-plugins").toString(),
                "health.port", "0",
                // The simulator offers DAVE only when a test asks (.dave(true)), and DAVE tests say "required".
                "voice.dave", "preferred"));
        settings.putAll(extra);
        return Bot.start(TestConfigs.load(dir, settings));
    }
}
