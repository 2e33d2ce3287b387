package dev.musicbot.plugin.playlists;

import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;

/** Queues a stored playlist in order, joining the caller's channel first if needed. */
final class PlaylistPlayer {
    private PlaylistPlayer() {}

    /** @return how many songs were queued (a song that no longer resolves, or a full queue, stops early) */
    static int queue(CommandContext ctx, StoredPlaylist playlist) {
        GuildPlayback playback = ctx.playback();
        if (playback.voiceChannel().isEmpty()) {
            playback.join(ctx.callerVoiceChannel().orElseThrow());
        }
        int queued = 0;
        for (PlaylistEntry entry : playlist.entries()) {
            try {
                playback.enqueue(Entries.toTrack(ctx.tracks(), entry), ctx.caller());
                queued++;
            } catch (UserFacingException e) {
                if (e.getMessage().startsWith("The queue is full")
                        || e.getMessage().startsWith("You already have")) {
                    break;
                }
            }
        }
        return queued;
    }
}
