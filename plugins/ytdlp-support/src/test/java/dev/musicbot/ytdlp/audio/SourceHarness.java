package dev.musicbot.ytdlp.audio;

import static org.assertj.core.api.Assertions.assertThat;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.player.DefaultAudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.track.AudioItem;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import dev.musicbot.api.source.AddressPolicy;
import dev.musicbot.api.source.BlockedAddressException;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.ytdlp.ProcessYtDlp;
import dev.musicbot.ytdlp.YtDlp;
import dev.musicbot.ytdlp.YtDlpSettings;
import dev.musicbot.ytdlp.testing.Frames;
import dev.musicbot.ytdlp.testing.Scripts;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * A loopback server, a real LavaPlayer manager and the {@code test:} source on the real yt-dlp and ffmpeg. The
 * source's "site" is the loopback server: its pages are the server's URLs, and the address policy allows
 * 127.0.0.1 only (as {@code sources.http.allow: 127.0.0.1} does), so another loopback address is refused.
 */
final class SourceHarness implements AutoCloseable {
    /** Allows 127.0.0.1, refuses every other address. */
    static final AddressPolicy ONLY_127_0_0_1 = host -> {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        for (InetAddress address : addresses) {
            if (!address.getHostAddress().equals("127.0.0.1")) {
                throw new BlockedAddressException(host, address);
            }
        }
        return addresses;
    };

    private static final Duration PULL_LIMIT = Duration.ofSeconds(60);

    final AudioHttpServer http = AudioHttpServer.start();
    final DefaultAudioPlayerManager manager = new DefaultAudioPlayerManager();
    final YtDlpAudioSourceManager source;

    SourceHarness() {
        this(new ProcessYtDlp(
                YtDlpSettings.of("plugins.test", "Test", Scripts.REAL_YT_DLP.toString(), null, null, 60, null)));
    }

    SourceHarness(YtDlp ytDlp) {
        String site = http.url("/").toString();
        source = new YtDlpAudioSourceManager(
                "test",
                "test:",
                ytDlp,
                new StreamOptions(StreamOptions.DEFAULT_FORMAT, StreamOptions.DEFAULT_FFMPEG, "plugins.test"),
                page -> page.startsWith(site) ? Optional.of(page) : Optional.empty(),
                ONLY_127_0_0_1);
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
