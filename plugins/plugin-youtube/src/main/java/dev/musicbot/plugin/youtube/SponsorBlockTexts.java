package dev.musicbot.plugin.youtube;

/** Every user-facing text of {@code /sponsorblock}, in one place. */
final class SponsorBlockTexts {
    static final String DESCRIPTION = "Skip sponsors and non-music parts of YouTube videos (SponsorBlock)";
    static final String MODE = "on, off, or show what is skipped";
    static final String CATEGORIES = "What to skip, comma-separated (for example: music_offtopic, sponsor), or default";
    static final String ON = "SponsorBlock is on: I skip %s segments in YouTube videos.";
    static final String OFF = "SponsorBlock is off: YouTube videos play in full.";
    static final String SHOW_ON = "SponsorBlock is on and skips %s segments in YouTube videos.";
    static final String SHOW_OFF = "SponsorBlock is off (when on, it skips %s segments).";
    static final String UNKNOWN_CATEGORY = "I don't know the category `%s`. Pick from: %s, or `default`.";
    static final String CATEGORIES_WITH_OFF = "Categories go with `on`; `off` keeps your choice for next time.";
    static final String UNKNOWN_MODE = "Use on, off or show.";
    static final String NO_CATEGORIES = "no";

    private SponsorBlockTexts() {}
}
