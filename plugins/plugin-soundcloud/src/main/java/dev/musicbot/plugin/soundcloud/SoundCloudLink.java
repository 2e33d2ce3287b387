package dev.musicbot.plugin.soundcloud;

/** What a SoundCloud URL points at; every page is canonical ({@code https}, no query, no trailing slash). */
sealed interface SoundCloudLink {

    /**
     * A track, possibly a private one with its secret token ({@code /user/track/s-xxxx}).
     *
     * @param page the canonical page
     */
    record Track(String page) implements SoundCloudLink {}

    /**
     * A set (playlist or album).
     *
     * @param page the canonical page
     */
    record Set(String page) implements SoundCloudLink {}

    /**
     * A short link ({@code on.soundcloud.com/xxxx}) to a track or set; what it is shows once resolved.
     *
     * @param page the short link
     */
    record Short(String page) implements SoundCloudLink {}

    /** Another SoundCloud page (a profile, discover, search): not playable. */
    record Other() implements SoundCloudLink {}
}
