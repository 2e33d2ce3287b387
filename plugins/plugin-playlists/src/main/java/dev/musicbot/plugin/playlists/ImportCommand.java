package dev.musicbot.plugin.playlists;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.Attachment;
import dev.musicbot.api.command.AttachmentTooLargeException;
import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.plugin.playlists.store.PlaylistExportFormat;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code /import <file> [name]}: a new playlist, owned by the caller, from a file /export made. The file is
 * checked in full (type, size, shape, song count, name, room) before anything is saved.
 */
final class ImportCommand implements CommandHandler {
    /** The largest file accepted: 256 KiB. */
    static final int MAX_BYTES = 256 * 1024;

    private static final CommandSpec SPEC = CommandSpec.of("import", "Create a playlist from a file /export made")
            .withOptions(
                    OptionSpec.requiredAttachment("file", "The .json file from /export"),
                    OptionSpec.optionalText("name", "A name for the new playlist (default: the one in the file)"));

    private final Playlists playlists;

    ImportCommand(Playlists playlists) {
        this.playlists = playlists;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        Attachment file = ctx.attachment("file").orElseThrow(() -> refusal("import.attach"));
        StoredPlaylist imported = parse(read(ctx, file));
        ImportedEntries.check(playlists.plugin(), imported.entries());
        String name = playlists.validName(ctx.string("name").orElse(imported.name()));
        if (playlists.store().find(ctx.guild(), name).isPresent()) {
            throw refusal("import.taken", Text.escape(name), Text.escape(playlists.freeName(ctx, name)));
        }
        playlists.checkRoomFor(ctx, name);
        playlists.store().save(ctx.guild(), new StoredPlaylist(name, ctx.caller(), imported.entries()));
        return Reply.of(ctx.text(
                "import.done", Text.escape(name), Text.songs(imported.entries().size())));
    }

    @Override
    public List<Choice> autocomplete(String option, String typed, CommandContext ctx) {
        return List.of();
    }

    private static byte[] read(CommandContext ctx, Attachment file) {
        if (!looksLikeJson(file)) {
            throw refusal("import.not-json");
        }
        if (file.size() > MAX_BYTES) {
            throw tooLarge();
        }
        try {
            return ctx.read(file, MAX_BYTES);
        } catch (AttachmentTooLargeException e) {
            throw tooLarge();
        } catch (IOException e) {
            throw new UserFacingException(Text.key("import.download-failed"), Severity.SUSPICIOUS);
        }
    }

    private StoredPlaylist parse(byte[] content) {
        int maxSongs = playlists.limits().songs();
        try {
            return PlaylistExportFormat.decode(content, maxSongs);
        } catch (PlaylistExportFormat.TooManySongsException e) {
            throw refusal("import.too-many", e.songs(), maxSongs);
        } catch (IOException e) {
            throw refusal("import.unreadable", quote(e.getMessage()));
        }
    }

    private static boolean looksLikeJson(Attachment file) {
        String type = file.contentType().toLowerCase(Locale.ROOT);
        return file.fileName().toLowerCase(Locale.ROOT).endsWith(".json") || type.startsWith("application/json");
    }

    /** A parser message, shortened and with Markdown and line breaks neutralised (it may quote the file). */
    private static String quote(String message) {
        String oneLine = String.valueOf(message).replaceAll("\\p{Cntrl}+", " ").strip();
        return Text.escape(oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine);
    }

    private static UserFacingException tooLarge() {
        return refusal("import.too-large", MAX_BYTES / 1024);
    }

    private static UserFacingException refusal(String key, Object... args) {
        return new UserFacingException(Text.key(key, args), Severity.COMMON);
    }
}
