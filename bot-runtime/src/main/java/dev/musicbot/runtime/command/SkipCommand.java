package dev.musicbot.runtime.command;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.QueuedTrack;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code /skip [to]}. A DJ, the member who queued the song, or a member alone with the bot skips at once;
 * anyone else votes, and the song is skipped when enough of the listeners voted.
 */
final class SkipCommand implements CommandHandler {
    private static final CommandSpec SPEC = Controls.control("skip", "Skip the current song (or vote to)")
            .withOptions(OptionSpec.optionalInteger("to", "Skip to this position in the queue")
                    .withRange(1, Controls.MAX_POSITION));

    private final double voteRatio;
    private final Map<GuildId, Votes> votes = new HashMap<>();

    private record Votes(QueuedTrack track, Set<UserId> voters) {}

    SkipCommand(double voteRatio) {
        this.voteRatio = voteRatio;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        QueuedTrack current = Controls.playing(ctx);
        long to = ctx.integer("to").orElse(0);
        if (to != 0) {
            if (!ctx.callerIsDj()) {
                return Reply.ephemeral(ctx.text("skip.dj-only"));
            }
            return ctx.playback()
                    .skipTo((int) to)
                    .map(next -> Reply.of(ctx.text("skip.to", Format.title(next.track()))))
                    .orElseGet(() -> Reply.ephemeral(ctx.text("skip.no-position", to)));
        }
        if (Controls.owns(ctx, current)) {
            return skip(ctx);
        }
        return vote(ctx, current);
    }

    private synchronized Reply vote(CommandContext ctx, QueuedTrack current) {
        Votes tally = votes.get(ctx.guild());
        if (tally == null || tally.track() != current) {
            tally = new Votes(current, new HashSet<>());
            votes.put(ctx.guild(), tally);
        }
        if (!tally.voters().add(ctx.caller())) {
            return Reply.ephemeral(ctx.text("skip.voted"));
        }
        int needed = Math.max(1, (int) Math.ceil(ctx.listeners() * voteRatio));
        if (tally.voters().size() >= needed) {
            return skip(ctx);
        }
        return Reply.of(ctx.text("skip.vote", tally.voters().size(), needed));
    }

    private synchronized Reply skip(CommandContext ctx) {
        votes.remove(ctx.guild());
        return ctx.playback()
                .skip()
                .map(next -> Reply.of(ctx.text("skip.next", Format.title(next.track()))))
                .orElseGet(() -> Reply.of(ctx.text("skip.empty")));
    }
}
