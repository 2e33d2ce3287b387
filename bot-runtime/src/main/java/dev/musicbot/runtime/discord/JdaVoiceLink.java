package dev.musicbot.runtime.discord;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.audio.FrameGate;
import dev.musicbot.runtime.audio.PlayerSendHandler;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.playback.VoiceLink;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.audio.hooks.ConnectionListener;
import net.dv8tion.jda.api.audio.hooks.ConnectionStatus;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.VoiceChannel;
import net.dv8tion.jda.api.entities.channel.middleman.AudioChannel;
import net.dv8tion.jda.api.managers.AudioManager;

/** A guild's voice connection through JDA, with the permission checks Discord would otherwise fail on. */
final class JdaVoiceLink implements VoiceLink {
    private final JDA jda;
    private final GuildId guild;
    private final PlayerSendHandler.FrameCounter frames;
    private final Supplier<Optional<Text>> refusal;
    private volatile ConnectionStatus lastStatus = ConnectionStatus.NOT_CONNECTED;

    JdaVoiceLink(JDA jda, GuildId guild, PlayerSendHandler.FrameCounter frames, Supplier<Optional<Text>> refusal) {
        this.refusal = refusal;
        this.jda = jda;
        this.guild = guild;
        this.frames = frames;
    }

    @Override
    public Optional<ChannelId> connectedChannel() {
        AudioChannel connected = audioManager().getConnectedChannel();
        return Optional.ofNullable(connected).map(c -> new ChannelId(c.getIdLong()));
    }

    @Override
    public void connect(ChannelId channelId, AudioPlayer player, FrameGate gate) {
        Optional<Text> refused = refusal.get();
        if (refused.isPresent()) {
            throw new UserFacingException(refused.get(), Severity.SUSPICIOUS);
        }
        Guild g = discordGuild();
        VoiceChannel channel = g.getVoiceChannelById(channelId.value());
        if (channel == null) {
            throw new UserFacingException(RuntimeMessages.text("voice.unknown-channel"), Severity.COMMON);
        }
        Member self = g.getSelfMember();
        if (!self.hasPermission(channel, Permission.VIEW_CHANNEL, Permission.VOICE_CONNECT)) {
            throw new UserFacingException(
                    RuntimeMessages.text("voice.no-connect", channel.getAsMention()), Severity.COMMON);
        }
        if (!self.hasPermission(channel, Permission.VOICE_SPEAK)) {
            throw new UserFacingException(
                    RuntimeMessages.text("voice.no-speak", channel.getAsMention()), Severity.COMMON);
        }
        AudioManager audio = g.getAudioManager();
        audio.setConnectionListener(new ConnectionListener() {
            @Override
            public void onStatusChange(ConnectionStatus status) {
                lastStatus = status;
            }
        });
        if (audio.getSendingHandler() instanceof JdaSendHandler previous) {
            previous.detach();
        }
        audio.setSendingHandler(new JdaSendHandler(new PlayerSendHandler(player, frames, gate)));
        audio.openAudioConnection(channel);
    }

    @Override
    public int listeners() {
        AudioChannel connected = audioManager().getConnectedChannel();
        return connected == null
                ? 0
                : (int) connected.getMembers().stream()
                        .filter(m -> !m.getUser().isBot())
                        .count();
    }

    @Override
    public boolean removedByOthers() {
        return lastStatus == ConnectionStatus.CONNECTED
                || lastStatus == ConnectionStatus.DISCONNECTED_KICKED_FROM_CHANNEL;
    }

    @Override
    public void disconnect() {
        audioManager().closeAudioConnection();
    }

    private Guild discordGuild() {
        Guild g = jda.getGuildById(guild.value());
        if (g == null) {
            throw new UserFacingException(RuntimeMessages.text("voice.no-guild"), Severity.COMMON);
        }
        return g;
    }

    private AudioManager audioManager() {
        return discordGuild().getAudioManager();
    }
}
