import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.voice.TrustStoreFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A loopback Discord (bot-testkit's simulator) for the bot in the container image, used by .ci/build-image:
 *
 * <pre>java -cp BOT_TESTKIT_CLASSPATH .ci/DiscordStandIn.java DIR</pre>
 *
 * Copies the simulator's TLS trust store to DIR/trust.p12 and writes DIR/env, the variables that point the bot
 * at it (with the trust store at /standin/trust.p12, where build-image mounts DIR), then serves until killed.
 */
public final class DiscordStandIn {
    private DiscordStandIn() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (DiscordSimulator discord = DiscordSimulator.start()) {
            TrustStoreFile trust = discord.voiceTrustStore();
            Path store = dir.resolve("trust.p12");
            Files.copy(trust.path(), store, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-r--r--"));
            String env = String.join(
                    "\n",
                    "export BOT_TOKEN=" + discord.token(),
                    "export MUSICBOT_DISCORD_REST_URL=" + discord.restBaseUrl(),
                    "export MUSICBOT_DISCORD_GATEWAY_URL=" + discord.gatewayUrl(),
                    "export MUSICBOT_DISCORD_VOICE_TRUST_STORE=/standin/trust.p12",
                    "export MUSICBOT_DISCORD_VOICE_TRUST_STORE_PASSWORD=" + trust.password(),
                    "");
            Path temporary = dir.resolve("env.tmp");
            Files.writeString(temporary, env);
            Files.move(temporary, dir.resolve("env"), StandardCopyOption.ATOMIC_MOVE);
            System.out.println("Discord stand-in at " + discord.restBaseUrl() + " and " + discord.gatewayUrl());
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
