package dev.musicbot.runtime.command;

import dev.musicbot.api.command.Button;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Embed;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.QueuedTrack;
import java.util.List;

/**
 * {@code /history [page]}: the songs that played before the current one, the latest first, ten a page with
 * buttons to turn pages ({@code /previous} plays the first again).
 */
final class HistoryCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("history", "Show the songs played recently")
            .withOptions(OptionSpec.optionalInteger("page", "Which page"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        return page(ctx, Math.clamp(ctx.integer("page").orElse(1), 1, Integer.MAX_VALUE));
    }

    @Override
    public Reply onButton(String action, CommandContext ctx) {
        if (!action.matches("page:\\d{1,6}")) {
            return CommandHandler.super.onButton(action, ctx);
        }
        return page(ctx, Integer.parseInt(action.substring("page:".length())));
    }

    private static Reply page(CommandContext ctx, int requested) {
        List<QueuedTrack> history = ctx.playback().history().reversed();
        if (history.isEmpty()) {
            return Reply.ephemeral(ctx.text("history.empty"));
        }
        int size = QueueCommand.PAGE_SIZE;
        int pages = (history.size() + size - 1) / size;
        int page = Math.clamp(requested, 1, pages);
        StringBuilder text = new StringBuilder();
        for (int i = (page - 1) * size; i < Math.min(history.size(), page * size); i++) {
            QueuedTrack track = history.get(i);
            text.append('`')
                    .append(i + 1)
                    .append(".` ")
                    .append(Format.title(track.track()))
                    .append(" · ")
                    .append(Format.requester(track, ctx.locale()))
                    .append("\n");
        }
        Embed embed = new Embed(
                ctx.text("history.title", history.size()),
                text.toString(),
                null,
                null,
                List.of(),
                ctx.text("history.footer", page, pages),
                0x5865F2);
        return Reply.of(embed)
                .withButtons(
                        new Button("page:" + (page - 1), ctx.text("pager.previous"), Button.Style.SECONDARY, page <= 1),
                        new Button(
                                "page:" + (page + 1), ctx.text("pager.next"), Button.Style.SECONDARY, page >= pages));
    }
}
