package dev.musicbot.runtime.discord;

import dev.musicbot.api.command.PostedMessage;
import dev.musicbot.api.command.Reply;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the public messages a command keeps editing ({@link dev.musicbot.api.command.CommandContext#post}) in the
 * channel the command was used in. Channel messages, not interaction replies: an interaction's token expires after
 * 15 minutes, a song's live view may need longer. JDA waits out Discord's rate limits on each edit.
 */
final class ChannelPoster {
    private static final Logger log = LoggerFactory.getLogger(ChannelPoster.class);
    /** Answers that mean the message will never be editable again. */
    private static final Set<ErrorResponse> GONE = EnumSet.of(
            ErrorResponse.UNKNOWN_MESSAGE,
            ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.MISSING_ACCESS,
            ErrorResponse.MISSING_PERMISSIONS);

    private final MessageChannel channel;
    private final String command;

    ChannelPoster(MessageChannel channel, String command) {
        this.channel = channel;
        this.command = command;
    }

    Optional<PostedMessage> post(Reply reply) {
        if (!channel.canTalk()) {
            return Optional.empty();
        }
        try {
            long id = channel.sendMessage(ReplyRenderer.create(command, reply))
                    .complete()
                    .getIdLong();
            return Optional.of(next -> edit(id, next));
        } catch (RuntimeException e) {
            log.warn("/{} could not post in channel {}", command, channel.getId(), e);
            return Optional.empty();
        }
    }

    private boolean edit(long id, Reply reply) {
        try {
            channel.editMessageById(id, ReplyRenderer.edit(command, reply)).complete();
            return true;
        } catch (ErrorResponseException e) {
            if (GONE.contains(e.getErrorResponse())) {
                return false;
            }
            // Anything else (a 5xx, say) may pass: the next edit tries again.
            log.debug("/{} could not edit message {}: {}", command, id, e.getMeaning());
            return true;
        } catch (RuntimeException e) {
            log.debug("/{} could not edit message {}", command, id, e);
            return true;
        }
    }
}
