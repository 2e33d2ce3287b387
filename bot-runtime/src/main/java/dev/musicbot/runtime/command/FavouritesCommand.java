package dev.musicbot.runtime.command;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.OptionType;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.track.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /favourites [show|play|remove] [position]}: the caller's own favourites (filled by the now-playing card's
 * ♥ button): listed privately, queued in order, or one removed.
 */
final class FavouritesCommand implements CommandHandler {
    private static final int LISTED = 20;

    private static final CommandSpec SPEC = CommandSpec.of("favourites", "Your own favourite songs")
            .withOptions(
                    new OptionSpec(
                            "action",
                            "Show them (default), play them, or remove one",
                            OptionType.STRING,
                            false,
                            List.of(Choice.of("show"), Choice.of("play"), Choice.of("remove")),
                            false),
                    OptionSpec.optionalInteger("position", "The song to remove, as /favourites numbers it"));

    private final Favourites favourites;

    FavouritesCommand(Favourites favourites) {
        this.favourites = favourites;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String action = ctx.string("action").orElse("show");
        Optional<StoredPlaylist> mine = favourites.of(ctx);
        if (mine.isEmpty() || mine.get().entries().isEmpty()) {
            return Reply.ephemeral(ctx.text("favourites.none-yet"));
        }
        return switch (action) {
            case "show" -> Reply.ephemeral(list(ctx, mine.get()));
            case "play" -> play(ctx, mine.get());
            case "remove" -> remove(ctx, mine.get());
            default -> Reply.ephemeral(ctx.text("favourites.actions"));
        };
    }

    private static String list(CommandContext ctx, StoredPlaylist mine) {
        List<PlaylistEntry> entries = mine.entries();
        StringBuilder text = new StringBuilder(ctx.text("favourites.title", entries.size())).append('\n');
        for (int i = 0; i < Math.min(LISTED, entries.size()); i++) {
            text.append('`')
                    .append(i + 1)
                    .append(".` **")
                    .append(Format.escape(entries.get(i).info().title()))
                    .append("**\n");
        }
        if (entries.size() > LISTED) {
            text.append('\n').append(ctx.text("favourites.more", entries.size() - LISTED));
        }
        return text.toString().strip();
    }

    private static Reply play(CommandContext ctx, StoredPlaylist mine) {
        if (ctx.callerVoiceChannel().isEmpty()) {
            return Reply.ephemeral(ctx.text("favourites.join-voice"));
        }
        var botChannel = ctx.playback().voiceChannel();
        if (botChannel.isPresent() && !botChannel.equals(ctx.callerVoiceChannel())) {
            return Reply.ephemeral(ctx.text("favourites.join-me", "<#" + botChannel.get() + ">"));
        }
        List<Track> tracks = ActivePlaylist.tracks(ctx, mine);
        return PlayCommand.queue(ctx, tracks, ctx.text("favourites.playlist-name"));
    }

    private Reply remove(CommandContext ctx, StoredPlaylist mine) {
        OptionalLong position = ctx.integer("position");
        if (position.isEmpty()) {
            return Reply.ephemeral(ctx.text("favourites.which"));
        }
        long at = position.getAsLong();
        AtomicReference<PlaylistEntry> removed = new AtomicReference<>();
        favourites.store().update(ctx.guild(), mine.name(), current -> {
            if (at < 1 || at > current.entries().size()) {
                throw new UserFacingException(RuntimeMessages.text("favourites.no-such", at), Severity.COMMON);
            }
            List<PlaylistEntry> entries = new ArrayList<>(current.entries());
            removed.set(entries.remove((int) at - 1));
            return current.withEntries(entries);
        });
        return Reply.ephemeral(ctx.text(
                "favourites.removed", Format.escape(removed.get().info().title())));
    }
}
