package dev.musicbot.plugin.lyrics;

/** Every text a user reads from this plugin, kept together so that it can move into resource bundles. */
final class Messages {
    static final String COMMAND_DESCRIPTION = "Show the lyrics of the song playing, or of another song";
    static final String QUERY_DESCRIPTION = "Another song: artist and title, e.g. Queen - Bohemian Rhapsody";
    static final String LIVE_DESCRIPTION = "Follow the song playing line by line in one message";
    static final String NOTHING_PLAYING = "Nothing is playing. Use `/lyrics query:<artist - title>` to look up a song.";
    static final String LIVE_NEEDS_CURRENT =
            "Live lyrics follow the song playing, so they cannot be used with `query`. Leave out one of the two.";
    static final String CANNOT_POST = "I can't post in this channel, so I can't show live lyrics here.";
    static final String BUTTON_GONE = "These lyrics are no longer available. Use `/lyrics` again.";
    static final String PREVIOUS = "◀ Previous";
    static final String NEXT = "Next ▶";
    static final String SOURCE = "Lyrics from LRCLIB";
    static final String LIVE_FOOTER = "Follows playback · LRCLIB";
    static final String GAP = "♪";
    static final String LIVE_ENDED = "The song ended; live lyrics stopped.";

    private Messages() {}

    static String notFound(String song) {
        return "No lyrics found for **" + song + "**.";
    }

    static String instrumental(String song) {
        return "**" + song + "** is instrumental: it has no lyrics.";
    }

    static String timedOut(long seconds) {
        return "The lyrics service did not answer in " + seconds + " s. Please try again later.";
    }

    static String failed() {
        return "The lyrics service is not available right now. Please try again later.";
    }

    static String page(int page, int pages) {
        return "Page " + page + "/" + pages + " · " + SOURCE;
    }

    static String noSynced(String song) {
        return "There are no synced lyrics for **" + song + "**, so here are the plain ones.";
    }

    static String following(String song) {
        return "Following **" + song + "** live in this channel.";
    }

    static String liveTitle(String heading) {
        return "🎤 " + heading;
    }
}
