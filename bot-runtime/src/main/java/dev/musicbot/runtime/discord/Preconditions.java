package dev.musicbot.runtime.discord;

import dev.musicbot.api.command.Precondition;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import org.jspecify.annotations.Nullable;

/** Checks a command's preconditions; a failed check gives the polite reason. */
final class Preconditions {
    private Preconditions() {}

    static Optional<String> refusal(Set<Precondition> checks, Member caller) {
        @Nullable AudioChannel callerChannel = channelOf(caller);
        @Nullable AudioChannel botChannel = caller.getGuild().getAudioManager().getConnectedChannel();
        if (botChannel == null) {
            botChannel = channelOf(caller.getGuild().getSelfMember());
        }
        if (checks.contains(Precondition.CALLER_IN_VOICE) && callerChannel == null) {
            return Optional.of("Join a voice channel first, then try again.");
        }
        if (checks.contains(Precondition.BOT_IN_VOICE) && botChannel == null) {
            return Optional.of("I'm not in a voice channel.");
        }
        if (checks.contains(Precondition.SAME_VOICE_CHANNEL)
                && botChannel != null
                && (callerChannel == null || callerChannel.getIdLong() != botChannel.getIdLong())) {
            return Optional.of("You need to be in " + botChannel.getAsMention() + " with me to do that.");
        }
        if (checks.contains(Precondition.DJ) && !isDj(caller, botChannel)) {
            return Optional.of("Only a DJ (a member with Manage Server) can do that while others are listening.");
        }
        return Optional.empty();
    }

    private static boolean isDj(Member caller, @Nullable AudioChannel botChannel) {
        if (caller.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        return botChannel != null
                && botChannel.getMembers().stream()
                                .filter(m -> !m.getUser().isBot())
                                .count()
                        <= 1;
    }

    static @Nullable AudioChannel channelOf(Member member) {
        var state = member.getVoiceState();
        return state == null ? null : state.getChannel();
    }
}
