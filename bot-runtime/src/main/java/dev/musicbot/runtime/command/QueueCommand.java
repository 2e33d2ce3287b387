package dev.musicbot.runtime.command;

import dev.musicbot.api.command.Button;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Embed;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.playback.QueuedTrack;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** {@code /queue [page]}: ten tracks a page, with buttons to turn pages. */
final class QueueCommand implements CommandHandler {
    static final int PAGE_SIZE = 10;
    private static final CommandSpec SPEC = CommandSpec.of("queue", "Show the queue")
            .withOptions(OptionSpec.optionalInteger("page", "Which page").withRange(1, Controls.MAX_POSITION));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        return page(ctx.playback(), (int) ctx.integer("page").orElse(1), ctx.locale());
    }

    @Override
    public Reply onButton(String action, CommandContext ctx) {
        if (!action.startsWith("page:")) {
            return CommandHandler.super.onButton(action, ctx);
        }
        return page(ctx.playback(), Integer.parseInt(action.substring("page:".length())), ctx.locale());
    }

    static Reply page(GuildPlayback playback, int requested, Locale locale) {
        List<QueuedTrack> queue = playback.queue();
        if (playback.current().isEmpty() && queue.isEmpty()) {
            return Reply.ephemeral(text(locale, "queue.empty"));
        }
        int pages = Math.max(1, (queue.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.clamp(requested, 1, pages);
        StringBuilder text = new StringBuilder();
        playback.current().ifPresent(now -> text.append(text(locale, "queue.now"))
                .append(" ")
                .append(Format.title(now.track()))
                .append(" · ")
                .append(Format.requester(now, locale))
                .append("\n\n"));
        for (int i = (page - 1) * PAGE_SIZE; i < Math.min(queue.size(), page * PAGE_SIZE); i++) {
            QueuedTrack track = queue.get(i);
            text.append('`')
                    .append(i + 1)
                    .append(".` ")
                    .append(Format.title(track.track()))
                    .append(" · ")
                    .append(Format.requester(track, locale))
                    .append("\n");
        }
        Duration total = queue.stream().map(t -> t.track().info().length()).reduce(Duration.ZERO, Duration::plus);
        Embed embed = new Embed(
                text(locale, "queue.title", queue.size(), Format.duration(total)),
                text.toString(),
                null,
                null,
                List.of(),
                text(locale, "queue.footer", page, pages, RepeatCommand.label(playback.repeat(), locale)),
                0x5865F2);
        return Reply.of(embed)
                .withButtons(
                        new Button(
                                "page:" + (page - 1),
                                text(locale, "pager.previous"),
                                Button.Style.SECONDARY,
                                page <= 1),
                        new Button(
                                "page:" + (page + 1),
                                text(locale, "pager.next"),
                                Button.Style.SECONDARY,
                                page >= pages));
    }

    private static String text(Locale locale, String key, Object... args) {
        return RuntimeMessages.BUNDLE.text(locale, key, args);
    }
}
