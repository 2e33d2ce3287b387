package dev.musicbot.ytdlp;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import dev.musicbot.ytdlp.json.YtDlpEntry;
import dev.musicbot.ytdlp.json.YtDlpPlaylistEntry;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps what yt-dlp prints to bot tracks whose audio is {@code PlaybackRef.Engine(prefix + page URL)}, the
 * identifier the plugin's {@link dev.musicbot.ytdlp.audio.YtDlpAudioSourceManager} resolves at play time.
 *
 * @param sourceId the resolver's id, recorded on each track
 * @param prefix the audio source's identifier prefix, for example {@code youtube:}
 * @param canonicalPage this site's canonical page for a URL (re-parsed and rebuilt, for example a canonical watch
 *     URL), or empty if the URL is not a playable page of this site
 */
public record TrackMapper(String sourceId, String prefix, Function<String, Optional<String>> canonicalPage) {
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
     * @throws UserFacingException if the page is neither this site's nor a web address
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
        PlaybackRef ref = ref(page)
                .orElseThrow(() -> new UserFacingException(YtDlpTexts.key("page.unplayable"), Severity.SUSPICIOUS));
        return new Track(info, ref, sourceId);
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
        String listed = withoutSmuggledData(entry.url());
        String page = canonicalPage.apply(listed).orElse(listed);
        Optional<PlaybackRef> ref = ref(page);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        TrackInfo info = new TrackInfo(
                titleOr(entry.title(), null, "Untitled track " + position),
                authorOf(entry.channel(), entry.uploader()),
                lengthOf(entry.duration()),
                page,
                entry.thumbnail(),
                null);
        return Optional.of(new Track(info, ref.get(), sourceId));
    }

    /**
     * How a page plays: a page of this site through this plugin's audio source (which hands it to yt-dlp); any
     * other web address as a plain link, through the runtime's guarded HTTP source, never through yt-dlp; anything
     * else not at all.
     */
    private Optional<PlaybackRef> ref(String page) {
        Optional<String> own = canonicalPage.apply(page);
        if (own.isPresent()) {
            return Optional.of(new PlaybackRef.Engine(prefix + own.get()));
        }
        String lower = page.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        return web ? Optional.of(new PlaybackRef.Engine(page)) : Optional.empty();
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
