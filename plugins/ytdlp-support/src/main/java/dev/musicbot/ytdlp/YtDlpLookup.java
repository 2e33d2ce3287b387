package dev.musicbot.ytdlp;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.track.Track;
import dev.musicbot.ytdlp.json.YtDlpEntry;
import dev.musicbot.ytdlp.json.YtDlpOutput;
import dev.musicbot.ytdlp.json.YtDlpPlaylist;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The resolving a yt-dlp based {@link dev.musicbot.api.source.SourceResolver} does once it knows what the
 * input is: list a page (one track or a playlist) or run a search, and map the outcome to a
 * {@link ResolveResult}. Blocks for one yt-dlp run.
 */
public final class YtDlpLookup {
    private final YtDlp ytDlp;
    private final TrackMapper mapper;
    private final String site;

    /**
     * Creates the lookup.
     *
     * @param ytDlp the yt-dlp client
     * @param mapper how entries become tracks
     * @param site the site's display name, for messages
     */
    public YtDlpLookup(YtDlp ytDlp, TrackMapper mapper, String site) {
        this.ytDlp = ytDlp;
        this.mapper = mapper;
        this.site = site;
    }

    /**
     * Lists a page: a single entry becomes {@link ResolveResult.Single}, a playlist
     * {@link ResolveResult.Playlist} with its entries in order.
     *
     * @param url the page URL passed to yt-dlp
     * @param pageOfSingle the page URL to store for a single entry (given what yt-dlp printed)
     * @return the outcome, never {@code null}
     */
    public ResolveResult page(String url, Function<YtDlpEntry, String> pageOfSingle) {
        try {
            return switch (ytDlp.list(url)) {
                case YtDlpEntry entry -> new ResolveResult.Single(mapper.track(entry, pageOfSingle.apply(entry)));
                case YtDlpPlaylist playlist -> playlist(playlist);
            };
        } catch (UserFacingException e) {
            return new ResolveResult.Failed(e);
        }
    }

    /**
     * Runs a search such as {@code ytsearch5:some words}.
     *
     * @param searchKey the search key passed to yt-dlp
     * @return {@link ResolveResult.SearchHits} in yt-dlp's order, or {@link ResolveResult.NoMatch}
     */
    public ResolveResult search(String searchKey) {
        try {
            YtDlpOutput output = ytDlp.list(searchKey);
            List<Track> hits =
                    switch (output) {
                        case YtDlpEntry entry -> List.of(mapper.track(entry, pageOf(entry)));
                        case YtDlpPlaylist playlist -> tracks(playlist);
                    };
            return hits.isEmpty()
                    ? new ResolveResult.NoMatch(YtDlpTexts.key("search.nothing", site))
                    : new ResolveResult.SearchHits(hits);
        } catch (UserFacingException e) {
            return new ResolveResult.Failed(e);
        }
    }

    /** The default number of search hits. */
    public static final int DEFAULT_SEARCH_RESULTS = 5;

    /** The most search hits one search may ask for. */
    public static final int MAX_SEARCH_RESULTS = 25;

    /**
     * The number of search hits to ask for, from an optional configuration value.
     *
     * @param configured the configured number, or {@code null} for {@value #DEFAULT_SEARCH_RESULTS}
     * @param configSection the plugin's section, named if the value is out of range
     * @return the number, 1 to {@value #MAX_SEARCH_RESULTS}
     * @throws IllegalArgumentException if the configured number is out of range
     */
    public static int searchResults(@Nullable Integer configured, String configSection) {
        int results = configured == null ? DEFAULT_SEARCH_RESULTS : configured;
        if (results < 1 || results > MAX_SEARCH_RESULTS) {
            throw new IllegalArgumentException(
                    configSection + ".search-results must be between 1 and " + MAX_SEARCH_RESULTS + ": " + results);
        }
        return results;
    }

    private ResolveResult playlist(YtDlpPlaylist playlist) {
        List<Track> tracks = tracks(playlist);
        if (tracks.isEmpty()) {
            return new ResolveResult.NoMatch(YtDlpTexts.key("playlist.empty", site));
        }
        String name = playlist.title() != null && !playlist.title().isBlank() ? playlist.title() : site + " playlist";
        return new ResolveResult.Playlist(name, tracks, -1);
    }

    private List<Track> tracks(YtDlpPlaylist playlist) {
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < playlist.entries().size(); i++) {
            mapper.track(playlist.entries().get(i), i + 1).ifPresent(tracks::add);
        }
        return tracks;
    }

    private String pageOf(YtDlpEntry entry) {
        String page = entry.webpageUrl() != null ? entry.webpageUrl() : entry.url();
        if (page == null) {
            throw new UserFacingException(YtDlpTexts.key("search.no-page"), Severity.SUSPICIOUS);
        }
        return mapper.canonicalPage().apply(page).orElse(page);
    }
}
