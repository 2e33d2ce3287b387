package dev.musicbot.api.playback;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A guild's choice of segments to skip (see {@link SegmentProvider}).
 *
 * @param enabled whether segments are skipped at all
 * @param categories which kinds are skipped when enabled; kept while disabled, so turning it back on restores them
 */
public record SegmentSkipping(boolean enabled, Set<SegmentCategory> categories) {

    /**
     * On, for the stretches that are never the music itself: a music video's non-music part, sponsors and
     * self-promotion. Intros and outros stay, because on music they are often part of the song.
     */
    public static final SegmentSkipping DEFAULT = new SegmentSkipping(
            true, EnumSet.of(SegmentCategory.MUSIC_OFFTOPIC, SegmentCategory.SPONSOR, SegmentCategory.SELFPROMO));

    /** Copies the categories (immutable, in declaration order). */
    public SegmentSkipping {
        Objects.requireNonNull(categories, "categories");
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }

    /**
     * Whether any segment is to be looked up.
     *
     * @return true when enabled with at least one category
     */
    public boolean active() {
        return enabled && !categories.isEmpty();
    }
}
