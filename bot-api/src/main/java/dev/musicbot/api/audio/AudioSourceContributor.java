package dev.musicbot.api.audio;

import com.sedmelluq.discord.lavaplayer.source.AudioSourceManager;
import dev.musicbot.api.Incubating;
import dev.musicbot.api.Spi;

/**
 * Extension point (incubating). Hands a LavaPlayer source manager to the runtime's audio engine, so that
 * tracks whose {@link dev.musicbot.api.track.PlaybackRef.Engine} identifier it understands can play.
 *
 * <p><b>Called by:</b> the runtime's audio engine, once, while it is being built.
 *
 * <p><b>When:</b> after all plugins have started, before Discord connects.
 *
 * <p><b>Thread:</b> the start-up thread; must not block.
 *
 * <p><b>Not mine:</b> the returned manager's {@code loadItem} returns {@code null} for identifiers it does
 * not own (LavaPlayer's own convention).
 *
 * <p><b>Errors:</b> an exception is reported and the contribution skipped.
 */
@Incubating
@Spi(cardinality = Spi.Cardinality.MANY)
public interface AudioSourceContributor {

    /**
     * A stable, lower-kebab-case id, unique among contributors.
     *
     * @return the id
     */
    String id();

    /**
     * Creates the source manager. Called once.
     *
     * @return a new source manager
     */
    AudioSourceManager createSourceManager();
}
