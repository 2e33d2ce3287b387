package dev.musicbot.runtime.state;

import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.FilterPreset;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.RepeatMode;
import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SegmentSkipping;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/** Sample tracks and states shared by the tests. */
final class StateFixtures {
    static final long VOICE = 111_111_111_111_111_111L;
    static final long TEXT = 222_222_222_222_222_222L;
    static final Instant SAVED_AT = Instant.parse("2025-06-01T12:34:56.789Z");

    private StateFixtures() {}

    static QueuedTrack engineTrack() {
        TrackInfo info = new TrackInfo(
                "Never Gonna Give You Up",
                "Rick Astley",
                Duration.ofMillis(213_000),
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg",
                null);
        return new QueuedTrack(
                new Track(info, new PlaybackRef.Engine("https://www.youtube.com/watch?v=dQw4w9WgXcQ"), "youtube"),
                new UserId(333_333_333_333_333_333L));
    }

    static QueuedTrack deferredTrack() {
        TrackInfo info = new TrackInfo(
                "Blinding Lights",
                "The Weeknd",
                Duration.ofMillis(200_040),
                "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b",
                null,
                null);
        PlaybackRef ref =
                new PlaybackRef.Deferred(List.of("ytsearch:\"USUG11904206\"", "ytsearch:Blinding Lights The Weeknd"));
        return new QueuedTrack(new Track(info, ref, "spotify"), new UserId(444_444_444_444_444_444L));
    }

    static QueuedTrack streamTrack() {
        TrackInfo info = new TrackInfo("Lofi radio", "", Duration.ZERO, null, null, null);
        return new QueuedTrack(
                new Track(info, new PlaybackRef.Engine("http://radio.lan/stream"), "http"),
                new UserId(333_333_333_333_333_333L));
    }

    static GuildSettings settings() {
        List<Double> eq = new ArrayList<>(Collections.nCopies(AudioFilters.BANDS, 0.0));
        eq.set(0, 0.25);
        eq.set(14, -0.1);
        return new GuildSettings(
                35,
                RepeatMode.QUEUE,
                true,
                "987654321098765432",
                new AudioFilters(FilterPreset.BASS_BOOST, 3, eq),
                true,
                true,
                new SegmentSkipping(false, EnumSet.of(SegmentCategory.SPONSOR, SegmentCategory.INTRO)));
    }

    static QueueSnapshot queue() {
        return new QueueSnapshot(
                VOICE,
                TEXT,
                SnapshotTrack.from(engineTrack()),
                83_000,
                true,
                List.of(SnapshotTrack.from(deferredTrack()), SnapshotTrack.from(streamTrack())),
                SAVED_AT);
    }

    /** The state pinned by the golden file. */
    static GuildState fullState() {
        return GuildState.of(settings(), queue());
    }

    /** A distinct, complete state per number, for the concurrency tests. */
    static GuildState numbered(int n) {
        GuildSettings settings = new GuildSettings(n % 101, RepeatMode.values()[n % 3], n % 2 == 0, null);
        List<SnapshotTrack> upcoming = java.util.stream.IntStream.range(0, n % 20)
                .mapToObj(i -> new SnapshotTrack(
                        "Track " + n + "/" + i, "", i, null, null, "http", "http://media.lan/" + i, List.of(), 5))
                .toList();
        return GuildState.of(settings, new QueueSnapshot(VOICE, TEXT, null, 0, false, upcoming, SAVED_AT));
    }
}
