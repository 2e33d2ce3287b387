package dev.musicbot.runtime.audio;

import com.sedmelluq.discord.lavaplayer.player.AudioConfiguration;
import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.player.DefaultAudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.track.playback.NonAllocatingAudioFrameBuffer;
import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.runtime.config.BotConfig;
import java.time.Duration;
import java.util.List;
import org.apache.http.client.config.RequestConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one LavaPlayer manager, tuned by the platform profile. The HTTP source resolves names through
 * the {@link AddressGuard} and waits {@code sources.http.timeout-seconds} for slow servers; LavaPlayer's
 * deprecated YouTube source is never registered.
 */
public final class AudioEngine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AudioEngine.class);
    private final AudioPlayerManager manager = new DefaultAudioPlayerManager();
    private final AddressGuard guard;
    private final ProbedTracks probed = new ProbedTracks();
    private final Duration httpTimeout;

    private boolean sourcesRegistered;

    public AudioEngine(BotConfig config) {
        this.guard = new AddressGuard(config.sources().http().allow());
        this.httpTimeout = Duration.ofSeconds(config.sources().http().timeoutSeconds());
        AudioConfiguration audio = manager.getConfiguration();
        audio.setFrameBufferFactory(NonAllocatingAudioFrameBuffer::new);
        audio.setFilterHotSwapEnabled(true); // a filter change applies to the track playing now
        audio.setOpusEncodingQuality(config.tuning().opusQuality());
        audio.setResamplingQuality(AudioConfiguration.ResamplingQuality.valueOf(
                config.tuning().resamplingQuality().name()));
        manager.setFrameBufferDuration(config.tuning().bufferMs());
        // LavaPlayer stops a track nobody asked for frames for a minute (end reason CLEANUP, which starts nothing
        // next and is logged nowhere): a track started while the voice connection still opened, or while JDA
        // reconnected, for longer than that was silently gone, the queue still naming it as playing. The bot ends
        // its players itself (leave, stop, guild gone), so a track waits for its connection however long it takes.
        manager.setPlayerCleanupThreshold(Long.MAX_VALUE);
    }

    /**
     * Registers the plugins' sources, then the guarded HTTP source last (it accepts any http URL, so the
     * site-specific sources must be asked first). Called once, after the plugins started.
     */
    public synchronized void registerSources(List<AudioSourceContributor> contributors) {
        if (sourcesRegistered) {
            throw new IllegalStateException("sources are already registered");
        }
        sourcesRegistered = true;
        for (AudioSourceContributor contributor : contributors) {
            try {
                manager.registerSourceManager(contributor.createSourceManager());
            } catch (RuntimeException e) {
                log.error("Audio source '{}' could not be created; skipped", contributor.id(), e);
            }
        }
        GuardedHttpSource http = new GuardedHttpSource(guard);
        int millis = Math.toIntExact(httpTimeout.toMillis());
        http.configureRequests(request -> RequestConfig.copy(request)
                .setConnectTimeout(millis)
                .setConnectionRequestTimeout(millis)
                .setSocketTimeout(millis)
                .build());
        manager.registerSourceManager(http);
    }

    public AudioPlayerManager manager() {
        return manager;
    }

    public AddressGuard guard() {
        return guard;
    }

    /** Tracks loaded while resolving, handed to the player so a link is not loaded twice. */
    public ProbedTracks probed() {
        return probed;
    }

    /** How long the HTTP source waits for a server to connect, and then for each answer. */
    public Duration httpTimeout() {
        return httpTimeout;
    }

    @Override
    public void close() {
        manager.shutdown();
    }
}
