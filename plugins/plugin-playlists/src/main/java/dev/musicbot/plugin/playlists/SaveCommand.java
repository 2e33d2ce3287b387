package dev.musicbot.plugin.playlists;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;
import java.util.ArrayList;
import java.util.List;

/** {@code /save <name>}: the current song and the queue as a new playlist. */
final class SaveCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("save", "Save the current queue as a playlist")
            .withOptions(OptionSpec.requiredText("name", "The new playlist's name"));

    private final Playlists playlists;

    SaveCommand(Playlists playlists) {
        this.playlists = playlists;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String name = playlists.validName(ctx.string("name").orElse(""));
        List<QueuedTrack> tracks = new ArrayList<>();
        ctx.playback().current().ifPresent(tracks::add);
        tracks.addAll(ctx.playback().queue());
        if (tracks.isEmpty()) {
            return Reply.ephemeral(ctx.text("save.empty"));
        }
        playlists.checkRoomFor(ctx, name);
        List<PlaylistEntry> entries = tracks.stream()
                .limit(playlists.limits().songs())
                .map(t -> Entries.entry(t.track()))
                .toList();
        playlists.store().save(ctx.guild(), new StoredPlaylist(name, ctx.caller(), entries));
        return Reply.of(ctx.text("save.done", Text.songs(entries.size()), Text.escape(name)));
    }
}
