package dev.musicbot.plugin.playlists;

import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.plugin.playlists.store.PlaylistExportFormat;
import java.util.List;

/** {@code /export <playlist>}: the playlist as a {@code <name>.json} attachment that /import reads back. */
final class ExportCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("export", "Download a playlist as a JSON file")
            .withOptions(OptionSpec.requiredText("playlist", "The playlist to export")
                    .withAutocomplete());

    private final Playlists playlists;

    ExportCommand(Playlists playlists) {
        this.playlists = playlists;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        StoredPlaylist playlist = playlists.require(ctx, ctx.string("playlist").orElse(""));
        return Reply.of(ctx.text(
                        "export.done",
                        Text.escape(playlist.name()),
                        Text.songs(playlist.entries().size())))
                .withFile(fileName(playlist.name()), PlaylistExportFormat.encode(playlist));
    }

    @Override
    public List<Choice> autocomplete(String option, String typed, CommandContext ctx) {
        return playlists.suggest(ctx, typed);
    }

    /** A safe file name: letters, digits, {@code -} and {@code _} kept, other characters become {@code _}. */
    static String fileName(String playlist) {
        String base = playlist.codePoints()
                .limit(60)
                .map(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return (base.isBlank() ? "playlist" : base) + ".json";
    }
}
