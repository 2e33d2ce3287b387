package dev.musicbot.runtime.command;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;

/** {@code /join}: join the caller's voice channel. */
final class JoinCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("join", "Join your voice channel")
            .requiring(Precondition.CALLER_IN_VOICE, Precondition.SAME_VOICE_CHANNEL);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        ChannelId channel = ctx.callerVoiceChannel().orElseThrow();
        if (ctx.playback().voiceChannel().filter(channel::equals).isPresent()) {
            return Reply.ephemeral(ctx.text("join.already", "<#" + channel + ">"));
        }
        ctx.playback().join(channel);
        return Reply.of(ctx.text("join.done", "<#" + channel + ">"));
    }
}
