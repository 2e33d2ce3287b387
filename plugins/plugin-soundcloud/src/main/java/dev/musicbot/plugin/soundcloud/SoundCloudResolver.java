package dev.musicbot.plugin.soundcloud;

import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.text.MessageBundle;
import dev.musicbot.ytdlp.TrackMapper;
import dev.musicbot.ytdlp.YtDlp;
import dev.musicbot.ytdlp.YtDlpLookup;
import dev.musicbot.ytdlp.json.YtDlpEntry;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SoundCloud tracks, sets and short links, and {@code scsearch:} searches. Tracks play through the
 * {@code soundcloud:} audio source with their canonical page.
 */
final class SoundCloudResolver implements SourceResolver {
    /** The plugin's texts: {@code messages.properties} in this package, and its translations. */
    private static final MessageBundle TEXTS = MessageBundle.of(SoundCloudResolver.class);

    /** The audio source's identifier prefix. */
    static final String PREFIX = "soundcloud:";

    private static final Pattern SEARCH_PREFIX =
            Pattern.compile("^scsearch(\\d{0,2}):(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final YtDlpLookup lookup;
    private final int searchResults;

    SoundCloudResolver(YtDlp ytDlp, int searchResults) {
        this.lookup = new YtDlpLookup(
                ytDlp, new TrackMapper(SoundCloudPlugin.ID, PREFIX, SoundCloudLinks::trackPage), "SoundCloud");
        this.searchResults = searchResults;
    }

    @Override
    public String id() {
        return SoundCloudPlugin.ID;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean accepts(TrackQuery query) {
        return SEARCH_PREFIX.matcher(query.input()).matches()
                || SoundCloudLinks.parse(query.input()).isPresent();
    }

    @Override
    public ResolveResult resolve(TrackQuery query) {
        Matcher prefixed = SEARCH_PREFIX.matcher(query.input());
        if (prefixed.matches()) {
            String text = prefixed.group(2).strip();
            int count = prefixed.group(1).isEmpty() ? searchResults : Integer.parseInt(prefixed.group(1));
            return text.isEmpty()
                    ? new ResolveResult.NoMatch(TEXTS.key("search.empty"))
                    : lookup.search(
                            "scsearch" + Math.max(1, Math.min(count, YtDlpLookup.MAX_SEARCH_RESULTS)) + ":" + text);
        }
        Optional<SoundCloudLink> link = SoundCloudLinks.parse(query.input());
        return switch (link.orElseThrow()) {
            case SoundCloudLink.Track track -> lookup.page(track.page(), entry -> track.page());
            case SoundCloudLink.Set set -> lookup.page(set.page(), entry -> pageOf(entry, set.page()));
            case SoundCloudLink.Short shortLink ->
                lookup.page(shortLink.page(), entry -> pageOf(entry, shortLink.page()));
            case SoundCloudLink.Other other -> new ResolveResult.NoMatch(TEXTS.key("page.unsupported"));
        };
    }

    /** A resolved short link's real track page when yt-dlp names one, else the link itself. */
    private static String pageOf(YtDlpEntry entry, String fallback) {
        String page = entry.webpageUrl() == null
                ? fallback
                : SoundCloudLinks.trackPage(entry.webpageUrl()).orElse(entry.webpageUrl());
        boolean track = SoundCloudLinks.parse(page)
                .filter(SoundCloudLink.Track.class::isInstance)
                .isPresent();
        return track ? page : fallback;
    }
}
