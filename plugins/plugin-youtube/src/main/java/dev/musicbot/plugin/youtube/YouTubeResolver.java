package dev.musicbot.plugin.youtube;

import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.text.MessageBundle;
import dev.musicbot.ytdlp.TrackMapper;
import dev.musicbot.ytdlp.YtDlp;
import dev.musicbot.ytdlp.YtDlpLookup;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YouTube links (videos, shorts, live, playlists), {@code ytsearch:}/{@code ytmsearch:} searches, and plain
 * search text: anything that is neither a URL nor another source's {@code prefix:identifier}. Tracks play
 * through the {@code youtube:} audio source with their canonical watch URL.
 */
final class YouTubeResolver implements SourceResolver {
    /** The plugin's texts: {@code messages.properties} in this package, and its translations. */
    private static final MessageBundle TEXTS = MessageBundle.of(YouTubeResolver.class);

    /** The audio source's identifier prefix. */
    static final String PREFIX = "youtube:";

    /** {@code ytsearch:}, {@code ytmsearch:} and the forms with a count ({@code ytsearch5:}); the text follows. */
    private static final Pattern SEARCH_PREFIX =
            Pattern.compile("^ytm?search(\\d{0,2}):(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Another source's prefixed identifier such as {@code scsearch:x} or {@code spotify:track:…}. */
    private static final Pattern FOREIGN_PREFIX = Pattern.compile("^[a-z][a-z0-9+.-]*:\\S", Pattern.CASE_INSENSITIVE);

    private final YtDlpLookup lookup;
    private final int searchResults;

    YouTubeResolver(YtDlp ytDlp, int searchResults) {
        this.lookup =
                new YtDlpLookup(ytDlp, new TrackMapper(YouTubePlugin.ID, PREFIX, YouTubeLinks::videoPage), "YouTube");
        this.searchResults = searchResults;
    }

    @Override
    public String id() {
        return YouTubePlugin.ID;
    }

    @Override
    public boolean accepts(TrackQuery query) {
        if (SEARCH_PREFIX.matcher(query.input()).matches()
                || YouTubeLinks.parse(query.input()).isPresent()) {
            return true;
        }
        return query.url().isEmpty() && !FOREIGN_PREFIX.matcher(query.input()).find();
    }

    @Override
    public ResolveResult resolve(TrackQuery query) {
        Matcher prefixed = SEARCH_PREFIX.matcher(query.input());
        if (prefixed.matches()) {
            int count = prefixed.group(1).isEmpty() ? searchResults : Integer.parseInt(prefixed.group(1));
            return search(prefixed.group(2).strip(), Math.max(1, Math.min(count, YtDlpLookup.MAX_SEARCH_RESULTS)));
        }
        Optional<YouTubeLink> link = YouTubeLinks.parse(query.input());
        if (link.isEmpty()) {
            return search(query.input(), searchResults);
        }
        return switch (link.get()) {
            case YouTubeLink.Video video -> lookup.page(video.page(), entry -> video.page());
            case YouTubeLink.Playlist playlist ->
                lookup.page(playlist.page(), entry -> YouTubeLinks.videoPage(
                                entry.webpageUrl() != null ? entry.webpageUrl() : "")
                        .orElse(playlist.page()));
            case YouTubeLink.Other other -> new ResolveResult.NoMatch(TEXTS.key("page.unsupported"));
        };
    }

    private ResolveResult search(String text, int count) {
        if (text.isBlank()) {
            return new ResolveResult.NoMatch(TEXTS.key("search.empty"));
        }
        return lookup.search("ytsearch" + count + ":" + text);
    }
}
