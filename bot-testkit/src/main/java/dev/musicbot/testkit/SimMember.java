package dev.musicbot.testkit;

import java.util.List;
import java.util.Optional;

/**
 * A member of a {@link SimGuild}. Voice actions send VOICE_STATE_UPDATE dispatches (with the {@code member}
 * object JDA requires) to the bot.
 */
public final class SimMember {
    private final SimGuild guild;
    private final MemberModel model;

    SimMember(SimGuild guild, MemberModel model) {
        this.guild = guild;
        this.model = model;
    }

    /** The user id. */
    public String id() {
        return model.id();
    }

    /** The username. */
    public String name() {
        return model.name();
    }

    /** Whether this is the bot itself. */
    public boolean isBot() {
        return model.bot();
    }

    /** The member's roles (without @everyone). */
    public List<SimRole> roles() {
        return guild.roles().stream()
                .filter(r -> model.roleIds().contains(r.id()))
                .toList();
    }

    /**
     * Sets the language of this member's Discord client: the {@code locale} of the interactions they send from now
     * on, such as {@code vi}, {@code en-US} or {@code fr}.
     */
    public SimMember useLocale(String discordLocale) {
        guild.userLocale(model.id(), discordLocale);
        return this;
    }

    /** Joins a voice channel (by name). */
    public SimMember joinVoice(String channelName) {
        return moveTo(channelName);
    }

    /** Moves to another voice channel (by name); the same dispatch as joining. */
    public SimMember moveTo(String channelName) {
        ChannelModel channel = guild.channelModelByName(channelName);
        if (!channel.isVoice()) {
            throw new IllegalArgumentException(channelName + " is not a voice channel");
        }
        guild.simulator().updateVoiceState(guild, model, channel.id());
        return this;
    }

    /** Leaves voice. */
    public SimMember leaveVoice() {
        guild.simulator().updateVoiceState(guild, model, null);
        return this;
    }

    /** The voice channel the member is in. */
    public Optional<SimChannel> voiceChannel() {
        return guild.voiceChannelOf(model.id());
    }

    MemberModel model() {
        return model;
    }

    @Override
    public String toString() {
        return "SimMember[" + name() + " " + id() + "]";
    }
}
