package dev.musicbot.api.playback;

import java.util.Locale;
import java.util.Optional;

/**
 * A kind of stretch of a track that listeners may want skipped, in SponsorBlock's vocabulary (its ids are the
 * ones its API uses).
 */
public enum SegmentCategory {
    /** The part of a music video that is not music (a skit, a talking intro). */
    MUSIC_OFFTOPIC("music_offtopic", "non-music"),
    /** A paid promotion. */
    SPONSOR("sponsor", "sponsor"),
    /** An intermission or intro animation. */
    INTRO("intro", "intro"),
    /** End cards and credits. */
    OUTRO("outro", "outro"),
    /** Unpaid self-promotion: merchandise, another channel, a shout-out. */
    SELFPROMO("selfpromo", "self-promotion"),
    /** A reminder to like, subscribe or follow. */
    INTERACTION("interaction", "interaction reminder"),
    /** A recap or preview of other content. */
    PREVIEW("preview", "preview"),
    /** A tangent that is not needed to follow the content. */
    FILLER("filler", "filler");

    private final String id;
    private final String label;

    SegmentCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * The id users type and SponsorBlock's API uses, for example {@code music_offtopic}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The name shown to users, for example {@code self-promotion}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The category of an id or constant name, ignoring case and surrounding blanks.
     *
     * @param text an id such as {@code selfpromo}
     * @return the category, or empty if there is none of that name
     */
    public static Optional<SegmentCategory> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (SegmentCategory category : values()) {
            if (category.id.equals(wanted)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
