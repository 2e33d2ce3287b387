package dev.musicbot.runtime.discord;

import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.RuntimeMessages;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import org.jspecify.annotations.Nullable;

/** Checks a command's preconditions; a failed check gives the polite reason. */
final class Preconditions {
    private Preconditions() {}

    static Optional<Text> refusal(Set<Precondition> checks, Member caller, @Nullable String djRole) {
        @Nullable AudioChannel callerChannel = channelOf(caller);
        @Nullable AudioChannel botChannel = botChannel(caller);
        if (checks.contains(Precondition.CALLER_IN_VOICE) && callerChannel == null) {
            return Optional.of(RuntimeMessages.text("precondition.caller-in-voice"));
        }
        if (checks.contains(Precondition.BOT_IN_VOICE) && botChannel == null) {
            return Optional.of(RuntimeMessages.text("precondition.bot-in-voice"));
        }
        if (checks.contains(Precondition.SAME_VOICE_CHANNEL)
                && botChannel != null
                && (callerChannel == null || callerChannel.getIdLong() != botChannel.getIdLong())) {
            return Optional.of(RuntimeMessages.text("precondition.same-voice-channel", botChannel.getAsMention()));
        }
        if (checks.contains(Precondition.DJ) && !isDj(caller, djRole)) {
            return Optional.of(
                    djRole == null
                            ? RuntimeMessages.text("precondition.dj")
                            : RuntimeMessages.text("precondition.dj-role", djRole));
        }
        return Optional.empty();
    }

    /** A DJ has the DJ role (by name or id) or Manage Server, or is alone with the bot. */
    static boolean isDj(Member caller, @Nullable String djRole) {
        if (caller.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        if (djRole != null
                && caller.getRoles().stream()
                        .anyMatch(r -> r.getName().equalsIgnoreCase(djRole)
                                || r.getId().equals(djRole))) {
            return true;
        }
        AudioChannel botChannel = botChannel(caller);
        AudioChannel callerChannel = channelOf(caller);
        return botChannel != null
                && callerChannel != null
                && botChannel.getIdLong() == callerChannel.getIdLong()
                && listeners(botChannel) <= 1;
    }

    static @Nullable AudioChannel botChannel(Member caller) {
        AudioChannel connected = caller.getGuild().getAudioManager().getConnectedChannel();
        return connected != null ? connected : channelOf(caller.getGuild().getSelfMember());
    }

    static int listeners(@Nullable AudioChannel channel) {
        return channel == null
                ? 0
                : (int) channel.getMembers().stream()
                        .filter(m -> !m.getUser().isBot())
                        .count();
    }

    static @Nullable AudioChannel channelOf(Member member) {
        var state = member.getVoiceState();
        return state == null ? null : state.getChannel();
    }
}
