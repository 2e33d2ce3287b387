package dev.musicbot.ytdlp.audio;

import static org.assertj.core.api.Assertions.assertThat;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.player.DefaultAudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.track.AudioItem;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.ytdlp.ProcessYtDlp;
import dev.musicbot.ytdlp.YtDlpSettings;
import dev.musicbot.ytdlp.testing.Frames;
import dev.musicbot.ytdlp.testing.Scripts;
import java.net.URI;
import java.time.Duration;

/** A loopback server, a real LavaPlayer manager and the {@code test:} source on the real yt-dlp and ffmpeg. */
final class SourceHarness implements AutoCloseable {
    private static final Duration PULL_LIMIT = Duration.ofSeconds(60);

    final AudioHttpServer http = AudioHttpServer.start();
    final DefaultAudioPlayerManager manager = new DefaultAudioPlayerManager();
    final YtDlpAudioSourceManager source;

    SourceHarness() {
        YtDlpSettings settings =
                YtDlpSettings.of("plugins.test", "Test", Scripts.REAL_YT_DLP.toString(), null, null, 60, null);
        source = new YtDlpAudioSourceManager(
                "test",
                "test:",
                new ProcessYtDlp(settings),
                new StreamOptions(StreamOptions.DEFAULT_FORMAT, StreamOptions.DEFAULT_FFMPEG, "plugins.test"));
        manager.registerSourceManager(source);
    }

    /** Loads {@code test:<page>}, which runs yt-dlp. */
    AudioTrack load(URI page) {
        AudioItem item = manager.loadItemSync("test:" + page);
        assertThat(item).as("loaded %s", page).isInstanceOf(AudioTrack.class);
        return (AudioTrack) item;
    }

    /** Plays a track to its end on a new player and counts the 20 ms frames. */
    int play(AudioTrack track) throws InterruptedException {
        AudioPlayer player = manager.createPlayer();
        player.playTrack(track);
        try {
            return Frames.count(player, PULL_LIMIT);
        } finally {
            player.destroy();
        }
    }

    @Override
    public void close() {
        manager.shutdown();
        http.close();
    }
}
