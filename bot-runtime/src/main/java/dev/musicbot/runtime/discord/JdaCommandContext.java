package dev.musicbot.runtime.discord;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.command.Attachment;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.PostedMessage;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.text.MessageBundle;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
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
    private final Locale locale;
    private final MessageBundle messages;
    private final Set<Attachment> given = ConcurrentHashMap.newKeySet();
    private final AttachmentDownloader downloader = AttachmentDownloader.shared();
    private final ChannelPoster poster;

    JdaCommandContext(
            Member caller,
            Function<String, @Nullable OptionMapping> options,
            GuildPlayback playback,
            TrackLoader tracks,
            @Nullable Responder responder,
            @Nullable String djRole,
            Locale locale,
            MessageBundle messages,
            ChannelPoster poster) {
        this.caller = caller;
        this.locale = locale;
        this.messages = messages;
        this.poster = poster;
        this.djRole = djRole;
        this.options = options;
        this.playback = playback;
        this.tracks = tracks;
        this.responder = responder;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String text(String key, Object... args) {
        return messages.text(locale, key, args);
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
    public Optional<Attachment> attachment(String name) {
        OptionMapping option = options.apply(name);
        if (option == null || option.getType() != net.dv8tion.jda.api.interactions.commands.OptionType.ATTACHMENT) {
            return Optional.empty();
        }
        Message.Attachment file = option.getAsAttachment();
        Attachment attachment = new Attachment(
                file.getFileName(),
                Objects.requireNonNullElse(file.getContentType(), ""),
                file.getSize(),
                URI.create(file.getUrl()));
        given.add(attachment);
        return Optional.of(attachment);
    }

    @Override
    public byte[] read(Attachment attachment, long maxBytes) throws IOException {
        if (!given.contains(attachment)) {
            throw new IOException("not an attachment of this command: " + attachment.fileName());
        }
        return downloader.download(attachment, maxBytes);
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

    @Override
    public Optional<PostedMessage> post(Reply reply) {
        return poster.post(reply);
    }
}
