package dev.musicbot.runtime.discord;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.audio.PlayerSendHandler;
import dev.musicbot.runtime.playback.Announcer;
import dev.musicbot.runtime.playback.DiscordSession;
import dev.musicbot.runtime.playback.VoiceLink;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;

/** A JDA session, as the players see it: equal to another when both wrap the same {@link JDA}. */
public record JdaSession(JDA jda) implements DiscordSession {
    @Override
    public boolean hasGuild(GuildId guild) {
        return jda.getGuildById(guild.value()) != null;
    }

    @Override
    public VoiceLink voice(GuildId guild, PlayerSendHandler.FrameCounter frames, Supplier<Optional<Text>> refusal) {
        return new JdaVoiceLink(jda, guild, frames, refusal);
    }

    @Override
    public Announcer announcer() {
        return new JdaAnnouncer(jda);
    }
}
