package dev.musicbot.ytdlp.audio;

import com.sedmelluq.discord.lavaplayer.source.AudioSourceManager;
import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.api.source.AddressPolicy;
import dev.musicbot.ytdlp.YtDlp;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Hands the runtime's audio engine a {@link YtDlpAudioSourceManager} for one prefix.
 *
 * @param id the contributor's id and the source's name, for example {@code youtube}
 * @param prefix the identifier prefix, for example {@code youtube:}
 * @param ytDlp the yt-dlp client
 * @param options the format selector and ffmpeg
 * @param pages the canonical page of the plugin's site for a URL, or empty if it is not one of its pages
 * @param addresses the runtime's address policy, for stream URLs
 */
public record YtDlpAudioContributor(
        String id,
        String prefix,
        YtDlp ytDlp,
        StreamOptions options,
        Function<String, Optional<String>> pages,
        AddressPolicy addresses)
        implements AudioSourceContributor {

    /** Validates the fields. */
    public YtDlpAudioContributor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(ytDlp, "ytDlp");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(addresses, "addresses");
    }

    @Override
    public AudioSourceManager createSourceManager() {
        return new YtDlpAudioSourceManager(id, prefix, ytDlp, options, pages, addresses);
    }
}
