import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.Percentiles;
import dev.musicbot.testkit.audio.ReceivedAudio;
import dev.musicbot.testkit.voice.TrustStoreFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * A loopback Discord that asks the bot for a 440 Hz tone and listens, used by .ci/verify-arm for the bot running
 * under emulation (the simulator itself runs natively):
 *
 * <pre>java -cp BOT_TESTKIT_CLASSPATH .ci/ToneCheck.java DIR TIMEOUT_SECONDS</pre>
 *
 * Writes DIR/env (the variables that point the bot at the simulator and allow the loopback audio server, with the
 * trust store at /standin/trust.p12, where verify-arm mounts DIR), waits for the bot to register its commands,
 * writes DIR/logged-in, has alice in the voice channel type {@code /play} with a loopback 60 s 440 Hz Ogg/Opus
 * file, listens to 4 s of what arrives and writes DIR/playing with the measured figures. It then waits for
 * DIR/done (verify-arm measures the bot's memory meanwhile) and exits 0 if the last 3 s were 440 Hz ± 5 and 1
 * otherwise; 2 if the bot never logged in or no audio arrived in TIMEOUT_SECONDS.
 */
public final class ToneCheck {
    private ToneCheck() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[1]));
        try (DiscordSimulator discord = DiscordSimulator.start();
                AudioHttpServer http = AudioHttpServer.start()) {
            SimGuild guild = discord.guild("Arm Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .voiceState("alice", "Music")
                    .create();
            URI tone = http.serve(
                    "/tone-440.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(60)));
            writeEnv(dir, discord);
            System.out.println("Discord simulator at " + discord.restBaseUrl() + ", tone at " + tone);

            long started = System.nanoTime();
            try {
                discord.awaitCommand("play", timeout);
            } catch (RuntimeException | AssertionError e) {
                System.out.println("the bot did not register its commands in " + timeout.toSeconds() + " s: " + e);
                System.exit(2);
            }
            double loginSeconds = (System.nanoTime() - started) / 1e9;
            writeAtomically(dir, "logged-in", String.format(Locale.ROOT, "login_seconds=%.1f%n", loginSeconds));

            long asked = System.nanoTime();
            SimInteraction play = discord.slash(guild, "alice", "play", Map.of("query", tone.toString()));
            ReceivedAudio audio;
            try {
                audio = discord.voice(guild).awaitConnected(timeout).awaitAudio(Duration.ofSeconds(4), timeout);
            } catch (RuntimeException | AssertionError e) {
                System.out.println("no audio arrived in " + timeout.toSeconds() + " s: " + e);
                System.out.println("the bot's reply to /play: "
                        + play.response().map(SimMessage::content).orElse("(none)") + " " + play.followUps().stream()
                                .map(SimMessage::content)
                                .toList());
                System.out.println("the simulator's UDP counters: "
                        + discord.voice(guild).stats()
                        + ", encryption " + discord.voice(guild).encryptionMode().map(Object::toString).orElse("none"));
                System.out.println("the first datagrams that were not RTP audio: "
                        + discord.voice(guild).straySamples());
                System.exit(2);
                return;
            }
            double firstAudioSeconds = (System.nanoTime() - asked) / 1e9;
            ReceivedAudio last = audio.lastAudio(Duration.ofSeconds(3));
            double pitch = last.dominantFrequency();
            Percentiles gaps = audio.interArrivalMillis();
            String result = String.format(
                    Locale.ROOT,
                    "pitch_hz=%.1f%naudio_seconds=%.2f%npackets=%d%npackets_per_second=%.1f%n"
                            + "inter_arrival_p50_ms=%.1f%ninter_arrival_p99_ms=%.1f%ninter_arrival_max_ms=%.1f%n"
                            + "seconds_to_audio=%.1f%n",
                    pitch,
                    last.seconds(),
                    audio.packetCount(),
                    audio.packetsPerSecond(),
                    gaps.p50(),
                    gaps.p99(),
                    gaps.max(),
                    firstAudioSeconds);
            writeAtomically(dir, "playing", result);
            System.out.print(result);

            for (int i = 0; i < 600 && !Files.exists(dir.resolve("done")); i++) {
                Thread.sleep(100);
            }
            boolean heard = Math.abs(pitch - 440) <= 5 && last.seconds() >= 2.9;
            System.out.println(heard ? "heard 440 Hz" : "did not hear 440 Hz ± 5 for 3 s");
            System.exit(heard ? 0 : 1);
        }
    }

    private static void writeEnv(Path dir, DiscordSimulator discord) throws Exception {
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
                "export MUSICBOT_SOURCES_HTTP_ALLOW=127.0.0.1",
                // The simulator speaks DAVE only when asked; the default (required) would refuse its voice.
                "export MUSICBOT_VOICE_DAVE=preferred",
                "");
        writeAtomically(dir, "env", env);
    }

    private static void writeAtomically(Path dir, String name, String content) throws Exception {
        Path temporary = dir.resolve(name + ".tmp");
        Files.writeString(temporary, content);
        Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
