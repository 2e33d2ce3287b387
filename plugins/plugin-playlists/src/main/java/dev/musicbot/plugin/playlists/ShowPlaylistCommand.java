package dev.musicbot.plugin.playlists;

import dev.musicbot.api.command.Button;
import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Embed;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;
import java.time.Duration;
import java.util.List;

/** {@code /playlist <name> [page]}: a playlist's songs, ten a page, with page buttons. */
final class ShowPlaylistCommand implements CommandHandler {
    private static final int PAGE = 10;
    private static final CommandSpec SPEC = CommandSpec.of("playlist", "Show a playlist's songs")
            .withOptions(
                    OptionSpec.requiredText("name", "Which playlist").withAutocomplete(),
                    OptionSpec.optionalInteger("page", "Which page").withRange(1, 10_000));

    private final Playlists playlists;

    ShowPlaylistCommand(Playlists playlists) {
        this.playlists = playlists;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        StoredPlaylist playlist = playlists.require(ctx, ctx.string("name").orElse(""));
        return page(ctx, playlist, (int) ctx.integer("page").orElse(1));
    }

    @Override
    public Reply onButton(String action, CommandContext ctx) {
        // action: page:<n>:<index of the playlist in /playlists order> (names may hold any character)
        String[] parts = action.split(":");
        List<StoredPlaylist> all = playlists.store().list(ctx.guild());
        int index = parts.length == 3 ? Integer.parseInt(parts[2]) : -1;
        if (index < 0 || index >= all.size()) {
            return Reply.ephemeral(ctx.text("show.changed"));
        }
        return page(ctx, all.get(index), Integer.parseInt(parts[1]));
    }

    private Reply page(CommandContext ctx, StoredPlaylist playlist, int requested) {
        List<PlaylistEntry> entries = playlist.entries();
        int pages = Math.max(1, (entries.size() + PAGE - 1) / PAGE);
        int page = Math.clamp(requested, 1, pages);
        StringBuilder text = new StringBuilder();
        for (int i = (page - 1) * PAGE; i < Math.min(entries.size(), page * PAGE); i++) {
            PlaylistEntry entry = entries.get(i);
            text.append('`')
                    .append(i + 1)
                    .append(".` **")
                    .append(Text.escape(entry.info().title()))
                    .append("**");
            if (!entry.info().length().isZero()) {
                text.append(" (").append(Text.duration(entry.info().length())).append(')');
            }
            text.append('\n');
        }
        Duration total = entries.stream().map(e -> e.info().length()).reduce(Duration.ZERO, Duration::plus);
        boolean active = playlists
                .store()
                .active(ctx.guild())
                .filter(playlist.name()::equalsIgnoreCase)
                .isPresent();
        Embed embed = new Embed(
                (active ? "★ " : "") + playlist.name(),
                entries.isEmpty() ? ctx.text("show.empty") : text.toString(),
                null,
                null,
                List.of(),
                ctx.text(
                        "show.footer",
                        Text.songs(entries.size()),
                        Text.duration(total),
                        "<@" + playlist.owner() + ">",
                        page,
                        pages),
                0xE67E22);
        int index = playlists.store().list(ctx.guild()).indexOf(playlist);
        return Reply.of(embed)
                .withButtons(
                        new Button(
                                "page:" + (page - 1) + ":" + index,
                                ctx.text("pager.previous"),
                                Button.Style.SECONDARY,
                                page <= 1),
                        new Button(
                                "page:" + (page + 1) + ":" + index,
                                ctx.text("pager.next"),
                                Button.Style.SECONDARY,
                                page >= pages));
    }

    @Override
    public List<Choice> autocomplete(String option, String typed, CommandContext ctx) {
        return "name".equals(option) ? playlists.suggest(ctx, typed) : List.of();
    }
}
