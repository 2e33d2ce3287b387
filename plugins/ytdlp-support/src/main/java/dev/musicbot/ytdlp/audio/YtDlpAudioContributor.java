package dev.musicbot.ytdlp.audio;

import com.sedmelluq.discord.lavaplayer.source.AudioSourceManager;
import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.ytdlp.YtDlp;
import java.util.Objects;

/**
 * Hands the runtime's audio engine a {@link YtDlpAudioSourceManager} for one prefix.
 *
 * @param id the contributor's id and the source's name, for example {@code youtube}
 * @param prefix the identifier prefix, for example {@code youtube:}
 * @param ytDlp the yt-dlp client
 * @param options the format selector and ffmpeg
 */
public record YtDlpAudioContributor(String id, String prefix, YtDlp ytDlp, StreamOptions options)
        implements AudioSourceContributor {

    /** Validates the fields. */
    public YtDlpAudioContributor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(ytDlp, "ytDlp");
        Objects.requireNonNull(options, "options");
    }

    @Override
    public AudioSourceManager createSourceManager() {
        return new YtDlpAudioSourceManager(id, prefix, ytDlp, options);
    }
}
