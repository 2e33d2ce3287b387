package dev.musicbot.runtime.filter;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import dev.musicbot.store.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loudness normalisation target and what is known of each track's integrated loudness: measured on its
 * first play, or read from its ReplayGain / R128 tags. Kept per track (by its page URL, or source and identifier)
 * in a bounded cache, and saved to {@code loudness.json} in the data directory (replaced atomically, off the
 * audio threads) so that a song played again, even after a restart, starts at the right gain from its first
 * frame. An unreadable file is logged and ignored: the loudness is measured again. Thread-safe.
 */
public final class TrackLoudness implements AutoCloseable {
    /** The default target, in LUFS (what the large streaming services play at). */
    public static final double DEFAULT_TARGET_LUFS = -14;
    /** The most tracks remembered. */
    static final int MAX_TRACKS = 10_000;
    /** The loudness a track may plausibly have, in LUFS; anything outside is not believed. */
    static final double QUIETEST = -70;

    static final double LOUDEST = 0;

    private static final Logger log = LoggerFactory.getLogger(TrackLoudness.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Double>> MAP = new TypeReference<>() {};

    private final double targetLufs;
    private final @Nullable Path file;
    private final Cache<String, Double> known =
            Caffeine.newBuilder().maximumSize(MAX_TRACKS).build();
    private final AtomicBoolean savePending = new AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("loudness-writer").factory());

    private TrackLoudness(double targetLufs, @Nullable Path file) {
        this.targetLufs = targetLufs;
        this.file = file;
    }

    /** A catalogue kept in memory only. */
    public static TrackLoudness inMemory(double targetLufs) {
        return new TrackLoudness(targetLufs, null);
    }

    /**
     * A catalogue saved in {@code file}, loaded from it now if it exists.
     *
     * @param targetLufs the normalisation target
     * @param file where the loudness of known tracks is kept
     * @return the catalogue
     */
    public static TrackLoudness persistent(double targetLufs, Path file) {
        TrackLoudness loudness = new TrackLoudness(targetLufs, file);
        loudness.load(file);
        return loudness;
    }

    private void load(Path from) {
        if (!Files.isRegularFile(from)) {
            return;
        }
        try {
            JSON.readValue(from.toFile(), MAP).forEach((key, lufs) -> {
                if (key != null && lufs != null && plausible(lufs)) {
                    known.put(key, lufs);
                }
            });
        } catch (IOException e) {
            log.warn("Cannot read {} ({}); the loudness of each song will be measured again", from, e.getMessage());
        }
    }

    /** The normalisation target, in LUFS. */
    public double targetLufs() {
        return targetLufs;
    }

    /** Whether a loudness is believable (finite and between -70 and 0 LUFS). */
    static boolean plausible(double lufs) {
        return Double.isFinite(lufs) && lufs >= QUIETEST && lufs <= LOUDEST;
    }

    /** The key a track is known by: its page URL, or its source and identifier; empty for an unnamed track. */
    static @Nullable String key(@Nullable AudioTrack track) {
        if (track == null) {
            return null;
        }
        String uri = track.getInfo().uri;
        if (uri != null && !uri.isBlank()) {
            return uri;
        }
        String source = track.getSourceManager() == null
                ? "?"
                : track.getSourceManager().getSourceName();
        return source + ":" + track.getIdentifier();
    }

    /** The known loudness of a track, in LUFS. */
    public OptionalDouble of(@Nullable AudioTrack track) {
        String key = key(track);
        Double lufs = key == null ? null : known.getIfPresent(key);
        return lufs == null ? OptionalDouble.empty() : OptionalDouble.of(lufs);
    }

    /** Whether the loudness of a track is known. */
    public boolean knows(@Nullable AudioTrack track) {
        return of(track).isPresent();
    }

    /** How many tracks are known (after pending evictions). */
    long size() {
        known.cleanUp();
        return known.estimatedSize();
    }

    /**
     * Remembers a track's loudness (measured, or from its tags); an implausible value is ignored.
     *
     * @param track the track
     * @param lufs its integrated loudness
     */
    public void remember(@Nullable AudioTrack track, double lufs) {
        String key = key(track);
        if (key == null || !plausible(lufs)) {
            return;
        }
        known.put(key, lufs);
        if (file != null && savePending.compareAndSet(false, true)) {
            writer.execute(this::save);
        }
    }

    private void save() {
        savePending.set(false);
        Path target = file;
        if (target == null) {
            return;
        }
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            byte[] content = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new TreeMap<>(known.asMap()));
            new AtomicFileWriter().replace(target, content);
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot save the loudness of known songs to {}: {}", target, e.getMessage());
        }
    }

    /**
     * Reads a track's ReplayGain or R128 tags, if it is a file with tags and its loudness is not known yet, and
     * remembers what they say. Blocks for one short HTTP request at most; never on an audio thread.
     *
     * @param track the track about to play
     */
    public void readTags(AudioTrack track) {
        if (!knows(track)) {
            TagReader.read(track).ifPresent(lufs -> remember(track, lufs));
        }
    }

    /** Saves what is pending and stops the writer. */
    @Override
    public void close() {
        writer.close();
    }
}
