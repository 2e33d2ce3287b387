package dev.musicbot.plugin.soundcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.ytdlp.testing.HlsFixture;
import dev.musicbot.ytdlp.testing.Scripts;
import dev.musicbot.ytdlp.testing.SimListening;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault matrix's ffmpeg dying mid-track, end to end: a SoundCloud HLS/AAC song (which only ffmpeg reads)
 * plays, its ffmpeg process is killed, and the queue goes on with the next song after one notice.
 */
class SoundCloudFaultsIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration TONE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild guild;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("SoundCloud Faults")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
    }

    @AfterEach
    void stop() {
        sim.close();
        http.close();
    }

    @Test
    void whenFfmpegDiesMidTrackTheGuildIsToldOnceAndTheNextSongPlays() {
        HlsFixture.serve(
                http, "/hls/night-drive", HlsFixture.write(dir.resolve("night-drive"), 440, TONE), "night-drive");
        URI next = http.serve("/files/next.mp3", AudioFixtures.sine(dir, AudioFileFormat.MP3, 660, TONE));

        try (Bot _ = startBot()) {
            play("https://soundcloud.com/night-artist/night-drive", text -> text.startsWith("Now playing"));
            play(next.toString(), text -> text.startsWith("Queued"));
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            assertThat(SimListening.pitch(voice, voice.mark(), 440, WAIT)).isCloseTo(440, within(5.0));

            List<ProcessHandle> ffmpeg = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().orElse("").contains("/hls/night-drive/"))
                    .toList();
            assertThat(ffmpeg).as("the ffmpeg transcoding the song").hasSize(1);
            AudioMark killed = voice.mark();
            ffmpeg.getFirst().destroyForcibly();

            assertThat(SimListening.pitch(voice, killed, 660, WAIT))
                    .as("the next song")
                    .isCloseTo(660, within(5.0));
            assertThat(sim.channelMessages(guild.channel("general")).stream()
                            .map(SimMessage::content)
                            .filter(text -> text.startsWith("Couldn't play")))
                    .singleElement()
                    .asString()
                    .contains("night-drive", "ffmpeg");
        }
    }

    private Bot startBot() {
        String loopback = http.url("").toString();
        LinkedHashMap<String, String> rewrites = new LinkedHashMap<>();
        rewrites.put("https://soundcloud.com/*", "\"" + loopback + "/hls/${a##*/}/${a##*/}.m3u8\"");
        Path wrapper = Scripts.wrapper(dir, "yt-dlp-wrapper", "", rewrites);
        Bot bot = BotHarness.start(
                sim, dir, Map.of("plugins.soundcloud.yt-dlp", wrapper.toString(), "sources.http.allow", "127.0.0.1"));
        sim.awaitCommand("play", WAIT);
        return bot;
    }

    private SimMessage play(String query, Predicate<String> content) {
        return SimListening.reply(sim.slash(guild, "alice", "play", Map.of("query", query)), content, WAIT);
    }
}
