package dev.musicbot.ytdlp;

import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import dev.musicbot.ytdlp.json.YtDlpEntry;
import dev.musicbot.ytdlp.json.YtDlpPlaylistEntry;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Maps what yt-dlp prints to bot tracks whose audio is {@code PlaybackRef.Engine(prefix + page URL)}, the
 * identifier the plugin's {@link dev.musicbot.ytdlp.audio.YtDlpAudioSourceManager} resolves at play time.
 *
 * @param sourceId the resolver's id, recorded on each track
 * @param prefix the audio source's identifier prefix, for example {@code youtube:}
 * @param canonicalPage turns an entry's page URL into the form the plugin stores (for example a canonical
 *     watch URL); must return its argument for URLs it does not know
 */
public record TrackMapper(String sourceId, String prefix, UnaryOperator<String> canonicalPage) {
    private static final String SMUGGLED = "#__youtubedl_smuggle";
    private static final Set<String> PLACEHOLDER_TITLES = Set.of("[Deleted video]", "[Private video]");

    /** Validates the fields. */
    public TrackMapper {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(canonicalPage, "canonicalPage");
    }

    /**
     * A track for a single entry.
     *
     * @param entry the entry
     * @param page the page URL to store and show (already canonical)
     * @return the track
     */
    public Track track(YtDlpEntry entry, String page) {
        boolean live = Boolean.TRUE.equals(entry.isLive());
        TrackInfo info = new TrackInfo(
                titleOr(entry.title(), entry.id(), "Untitled"),
                authorOf(entry.channel(), entry.uploader()),
                live ? Duration.ZERO : lengthOf(entry.duration()),
                page,
                entry.thumbnail(),
                null);
        return new Track(info, new PlaybackRef.Engine(prefix + page), sourceId);
    }

    /**
     * A track for an entry of a flat listing, unless it has no page or is a deleted or private placeholder.
     *
     * @param entry the entry
     * @param position its 1-based position, used in the fallback title
     * @return the track, or empty to leave the entry out
     */
    public Optional<Track> track(YtDlpPlaylistEntry entry, int position) {
        boolean placeholder = entry.title() != null && PLACEHOLDER_TITLES.contains(entry.title());
        if (entry.url() == null || entry.url().isBlank() || placeholder) {
            return Optional.empty();
        }
        String page = canonicalPage.apply(withoutSmuggledData(entry.url()));
        TrackInfo info = new TrackInfo(
                titleOr(entry.title(), null, "Untitled track " + position),
                authorOf(entry.channel(), entry.uploader()),
                lengthOf(entry.duration()),
                page,
                entry.thumbnail(),
                null);
        return Optional.of(new Track(info, new PlaybackRef.Engine(prefix + page), sourceId));
    }

    /**
     * Removes the data yt-dlp smuggles into listed URLs after {@code #__youtubedl_smuggle}.
     *
     * @param url a listed URL
     * @return the URL without it
     */
    static String withoutSmuggledData(String url) {
        int smuggled = url.indexOf(SMUGGLED);
        return smuggled < 0 ? url : url.substring(0, smuggled);
    }

    private static String titleOr(@Nullable String title, @Nullable String id, String fallback) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        return id != null && !id.isBlank() ? id : fallback;
    }

    private static String authorOf(@Nullable String channel, @Nullable String uploader) {
        if (channel != null && !channel.isBlank()) {
            return channel;
        }
        return uploader == null ? "" : uploader;
    }

    private static Duration lengthOf(@Nullable Double seconds) {
        return seconds == null || seconds <= 0 ? Duration.ZERO : Duration.ofMillis(Math.round(seconds * 1000));
    }
}
