package dev.musicbot.runtime.discord;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.source.TrackLoader;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.jspecify.annotations.Nullable;

/** A command invocation or button click, over JDA. */
final class JdaCommandContext implements CommandContext {
    private final Member caller;
    private final Function<String, @Nullable OptionMapping> options;
    private final GuildPlayback playback;
    private final TrackLoader tracks;
    private final @Nullable Responder responder;
    private final @Nullable String djRole;

    JdaCommandContext(
            Member caller,
            Function<String, @Nullable OptionMapping> options,
            GuildPlayback playback,
            TrackLoader tracks,
            @Nullable Responder responder,
            @Nullable String djRole) {
        this.caller = caller;
        this.djRole = djRole;
        this.options = options;
        this.playback = playback;
        this.tracks = tracks;
        this.responder = responder;
    }

    @Override
    public GuildId guild() {
        return new GuildId(caller.getGuild().getIdLong());
    }

    @Override
    public UserId caller() {
        return new UserId(caller.getIdLong());
    }

    @Override
    public String callerName() {
        return caller.getEffectiveName();
    }

    @Override
    public Optional<ChannelId> callerVoiceChannel() {
        return Optional.ofNullable(Preconditions.channelOf(caller)).map(c -> new ChannelId(c.getIdLong()));
    }

    @Override
    public boolean callerIsDj() {
        return Preconditions.isDj(caller, djRole);
    }

    @Override
    public boolean callerManagesGuild() {
        return caller.hasPermission(net.dv8tion.jda.api.Permission.MANAGE_SERVER);
    }

    @Override
    public int listeners() {
        return Preconditions.listeners(Preconditions.botChannel(caller));
    }

    @Override
    public Optional<String> string(String name) {
        OptionMapping option = options.apply(name);
        return option == null ? Optional.empty() : Optional.of(option.getAsString());
    }

    @Override
    public OptionalLong integer(String name) {
        OptionMapping option = options.apply(name);
        return option == null ? OptionalLong.empty() : OptionalLong.of(option.getAsLong());
    }

    @Override
    public GuildPlayback playback() {
        return playback;
    }

    @Override
    public TrackLoader tracks() {
        return tracks;
    }

    @Override
    public void progress(String text) {
        if (responder != null) {
            responder.progress(text);
        }
    }
}
