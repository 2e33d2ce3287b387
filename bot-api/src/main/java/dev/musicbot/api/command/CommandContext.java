package dev.musicbot.api.command;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.source.TrackLoader;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One invocation of a command (or a click on one of its buttons), as the handler sees it.
 *
 * <p>Created by the runtime; handlers never implement it (except test fakes).
 */
public interface CommandContext {

    /**
     * The guild the command was used in.
     *
     * @return the guild
     */
    GuildId guild();

    /**
     * The member who used the command.
     *
     * @return the caller
     */
    UserId caller();

    /**
     * The caller's display name in the guild.
     *
     * @return the name
     */
    String callerName();

    /**
     * The voice channel the caller is in.
     *
     * @return the channel, or empty if the caller is not in voice
     */
    Optional<ChannelId> callerVoiceChannel();

    /**
     * Whether the caller may control playback for everyone: has the configured DJ role or Manage Server, or
     * is alone with the bot.
     *
     * @return true for a DJ
     */
    boolean callerIsDj();

    /**
     * Whether the caller has the Manage Server permission (guild administrators).
     *
     * @return true if they do
     */
    boolean callerManagesGuild();

    /**
     * How many members (not bots) are in the bot's voice channel.
     *
     * @return the number of listeners, 0 when the bot is not in voice
     */
    int listeners();

    /**
     * A text option's value.
     *
     * @param name the option name
     * @return the value, or empty if the user left it out
     */
    Optional<String> string(String name);

    /**
     * An integer option's value.
     *
     * @param name the option name
     * @return the value, or empty if the user left it out
     */
    OptionalLong integer(String name);

    /**
     * An attachment option's file, as Discord describes it (nothing is downloaded yet).
     *
     * @param name the option name
     * @return the file's metadata, or empty if the user left it out (or the runtime does not support files)
     */
    default Optional<Attachment> attachment(String name) {
        return Optional.empty();
    }

    /**
     * Downloads an attachment of this invocation. Blocks (the runtime uses a timeout of a few seconds); call it
     * from the handler thread. Only attachments returned by {@link #attachment(String)} of this context can be
     * read: the runtime fetches them from the address Discord gave, never from anywhere else.
     *
     * @param attachment an attachment of this invocation
     * @param maxBytes the most bytes the caller accepts; a larger file fails without being read in full
     * @return the file's bytes, at most {@code maxBytes}
     * @throws java.io.IOException if the download fails, times out, or the file is larger than {@code maxBytes}
     *     (then an {@link AttachmentTooLargeException})
     */
    default byte[] read(Attachment attachment, long maxBytes) throws java.io.IOException {
        throw new java.io.IOException("this context cannot download attachments");
    }

    /**
     * A choice option's value as an enum constant, matched case-insensitively by name.
     *
     * @param name the option name
     * @param type the enum type
     * @param <E> the enum type
     * @return the constant, or empty if left out or not a constant of {@code type}
     */
    default <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        return string(name).flatMap(value -> {
            try {
                return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        });
    }

    /**
     * The guild's player: join and leave voice, queue and control playback.
     *
     * @return the playback controller of this guild
     */
    GuildPlayback playback();

    /**
     * Resolves user input into tracks through the registered source resolvers.
     *
     * @return the loader
     */
    TrackLoader tracks();

    /**
     * The caller's language, as their Discord client is set (English when no bundle speaks it).
     *
     * @return the caller's locale; {@link Locale#ROOT} means English
     */
    default Locale locale() {
        return Locale.ROOT;
    }

    /**
     * A text of the handler's {@link CommandHandler#messages() bundle} in the caller's language.
     *
     * @param key the key, such as {@code queue.empty}
     * @param args the {@link java.text.MessageFormat} arguments, {@code {0}} first
     * @return the formatted text
     */
    String text(String key, Object... args);

    /**
     * Shows progress to the caller while a slow command runs, by editing the deferred reply. Calls more
     * often than Discord allows are coalesced; the last text wins.
     *
     * @param text the progress text
     */
    void progress(String text);

    /**
     * Posts a public message in the channel the command was used in, apart from the command's reply, which the
     * handler may edit later through the returned handle (the reply's {@code ephemeral} flag is ignored). Blocks
     * until Discord answers.
     *
     * @param reply the message's first content
     * @return the message, or empty if the runtime cannot post here (the bot may not talk in the channel, or this
     *     context has no channel)
     */
    default Optional<PostedMessage> post(Reply reply) {
        return Optional.empty();
    }
}
