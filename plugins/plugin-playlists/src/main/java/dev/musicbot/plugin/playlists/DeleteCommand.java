package dev.musicbot.plugin.playlists;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.command.Button;
import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.storage.StoredPlaylist;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code /delete <name>}: asks for confirmation with a button, then deletes. Each prompt's buttons carry its own
 * number, so an older prompt confirms the playlist it named, never a newer request's; prompts are forgotten
 * once Discord no longer accepts their buttons (15 minutes).
 */
final class DeleteCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("delete", "Delete a playlist")
            .withOptions(OptionSpec.requiredText("name", "Which playlist").withAutocomplete());

    private final Playlists playlists;
    private static final Duration PROMPT_LIFETIME = Duration.ofMinutes(15);

    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong prompts = new AtomicLong();

    private record Pending(GuildId guild, UserId user, String name, Instant asked) {}

    DeleteCommand(Playlists playlists) {
        this.playlists = playlists;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        StoredPlaylist playlist = playlists.require(ctx, ctx.string("name").orElse(""));
        playlists.checkCanChange(ctx, playlist);
        Instant now = Instant.now();
        pending.values().removeIf(p -> p.asked().plus(PROMPT_LIFETIME).isBefore(now));
        long prompt = prompts.incrementAndGet();
        pending.put(prompt, new Pending(ctx.guild(), ctx.caller(), playlist.name(), now));
        return Reply.ephemeral(ctx.text(
                        "delete.ask",
                        Text.escape(playlist.name()),
                        Text.songs(playlist.entries().size())))
                .withButtons(
                        new Button("confirm:" + prompt, ctx.text("delete.confirm"), Button.Style.DANGER, false),
                        new Button("cancel:" + prompt, ctx.text("delete.cancel"), Button.Style.SECONDARY, false));
    }

    @Override
    public Reply onButton(String action, CommandContext ctx) {
        String[] parts = action.split(":");
        Pending asked = parts.length == 2 && parts[1].chars().allMatch(Character::isDigit) && !parts[1].isEmpty()
                ? pending.get(Long.parseLong(parts[1]))
                : null;
        if (asked == null || !asked.guild().equals(ctx.guild()) || !asked.user().equals(ctx.caller())) {
            return Reply.ephemeral(ctx.text("delete.nothing-pending"));
        }
        pending.remove(Long.parseLong(parts[1]));
        String name = asked.name();
        if (!"confirm".equals(parts[0])) {
            return Reply.ephemeral(ctx.text("delete.kept", Text.escape(name)));
        }
        StoredPlaylist playlist = playlists.require(ctx, name);
        playlists.checkCanChange(ctx, playlist);
        playlists.store().delete(ctx.guild(), name);
        return Reply.ephemeral(ctx.text("delete.done", Text.escape(name)));
    }

    @Override
    public List<Choice> autocomplete(String option, String typed, CommandContext ctx) {
        return playlists.suggest(ctx, typed);
    }
}
