package dev.musicbot.api.storage;

import dev.musicbot.api.UserId;

/**
 * A member's favourites: a playlist like any other in the guild's {@link PlaylistStore}, owned by the member, under a
 * reserved name that no playlist a member names can take.
 *
 * <p>The name contains U+2063 (INVISIBLE SEPARATOR), a Unicode format character. Playlist names typed by members
 * must refuse format and control characters (the bundled playlist commands do), so the reserved names never collide
 * with theirs; stores keep names as data (never as file names), so the character is harmless to them.
 */
public final class Favourites {
    /** The reserved mark in every favourites name. */
    public static final String MARK = "\u2063";

    private Favourites() {}

    /**
     * The name of a member's favourites playlist.
     *
     * @param member the member
     * @return the name, for example {@code "♥ Favourites \u2063123456789012345678"}
     */
    public static String playlistName(UserId member) {
        return "\u2665 Favourites " + MARK + member;
    }

    /**
     * Whether a playlist name is a favourites name (of any member).
     *
     * @param name a playlist name
     * @return true if it is reserved for favourites
     */
    public static boolean isFavourites(String name) {
        return name.contains(MARK);
    }
}
