package dev.musicbot.runtime.audio;

import com.sedmelluq.discord.lavaplayer.player.AudioConfiguration;
import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.player.DefaultAudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.track.playback.NonAllocatingAudioFrameBuffer;
import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.runtime.config.BotConfig;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one LavaPlayer manager, tuned by the platform profile. The HTTP source resolves names through
 * the {@link AddressGuard}; LavaPlayer's deprecated YouTube source is never registered.
 */
public final class AudioEngine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AudioEngine.class);
    private final AudioPlayerManager manager = new DefaultAudioPlayerManager();
    private final AddressGuard guard;

    private boolean sourcesRegistered;

    public AudioEngine(BotConfig config) {
        this.guard = new AddressGuard(config.sources().http().allow());
        AudioConfiguration audio = manager.getConfiguration();
        audio.setFrameBufferFactory(NonAllocatingAudioFrameBuffer::new);
        audio.setOpusEncodingQuality(config.tuning().opusQuality());
        audio.setResamplingQuality(AudioConfiguration.ResamplingQuality.valueOf(
                config.tuning().resamplingQuality().name()));
        manager.setFrameBufferDuration(config.tuning().bufferMs());
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
        manager.registerSourceManager(new GuardedHttpSource(guard));
    }

    public AudioPlayerManager manager() {
        return manager;
    }

    public AddressGuard guard() {
        return guard;
    }

    @Override
    public void close() {
        manager.shutdown();
    }
}
