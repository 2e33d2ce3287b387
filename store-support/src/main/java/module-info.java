/**
 * The file-storage kernel shared by the runtime's guild state and the playlists plugin: one file per guild in a
 * directory that one store owns, replaced atomically and durably, with the writes of a guild serialised and
 * unreadable files moved aside. A library, not a plugin; it does no JSON itself.
 */
module dev.musicbot.store {
    requires transitive dev.musicbot.api;
    requires org.slf4j;
    requires static org.jspecify;

    exports dev.musicbot.store;
}
