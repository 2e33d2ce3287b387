package dev.musicbot.plugin.youtube;

import dev.musicbot.api.source.TrackRecommender;
import dev.musicbot.api.track.Track;
import dev.musicbot.ytdlp.TrackMapper;
import dev.musicbot.ytdlp.YtDlp;
import dev.musicbot.ytdlp.json.YtDlpEntry;
import dev.musicbot.ytdlp.json.YtDlpPlaylist;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Related tracks for autoplay: the YouTube mix ("radio") of a YouTube track, the playlist YouTube builds for a video
 * at {@code watch?v=<id>&list=RD<id>}, listed by yt-dlp (flat, its first entries only). Its entries go through the
 * same canonical-URL rules as any other listing, so they play like tracks a member queued.
 */
final class YouTubeMix implements TrackRecommender {
    private final YtDlp ytDlp;
    private final TrackMapper mapper;

    YouTubeMix(YtDlp ytDlp) {
        this.ytDlp = ytDlp;
        this.mapper = new TrackMapper(YouTubePlugin.ID, YouTubeResolver.PREFIX, YouTubeLinks::videoPage);
    }

    @Override
    public String id() {
        return YouTubePlugin.ID;
    }

    @Override
    public boolean accepts(Track seed) {
        return videoId(seed).isPresent();
    }

    @Override
    public List<Track> related(Track seed, int limit) {
        Optional<String> id = videoId(seed);
        if (id.isEmpty()) {
            return List.of();
        }
        return switch (ytDlp.list(mixPage(id.get()), limit + 1)) {
            case YtDlpEntry _ -> List.of(); // no mix for this video, only the video itself
            case YtDlpPlaylist mix -> tracks(mix, limit + 1);
        };
    }

    /** The mix page of a video; the id was parsed from a canonical page, so nothing else of any input is in it. */
    static String mixPage(String videoId) {
        return "https://www.youtube.com/watch?v=" + videoId + "&list=RD" + videoId;
    }

    private List<Track> tracks(YtDlpPlaylist mix, int limit) {
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < mix.entries().size() && tracks.size() < limit; i++) {
            mapper.track(mix.entries().get(i), i + 1).ifPresent(tracks::add);
        }
        return tracks;
    }

    /** The video id of a YouTube track (from its page), or empty for anything else. */
    private static Optional<String> videoId(Track seed) {
        if (!YouTubePlugin.ID.equals(seed.sourceId())) {
            return Optional.empty();
        }
        return seed.info()
                .page()
                .flatMap(YouTubeLinks::parse)
                .filter(YouTubeLink.Video.class::isInstance)
                .map(link -> ((YouTubeLink.Video) link).id());
    }
}
