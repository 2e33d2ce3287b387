package dev.musicbot.api.command;

/**
 * A public message a command posted with {@link CommandContext#post(Reply)}, which it may edit for as long as the
 * message exists: a view that follows playback, for example. Buttons on it are routed to the posting handler's
 * {@link CommandHandler#onButton}, as for replies.
 *
 * <p>Created by the runtime; handlers never implement it (except test fakes). Thread-safe; may be kept after
 * {@link CommandHandler#handle} returns.
 */
public interface PostedMessage {

    /**
     * Replaces the message's text, embeds and buttons (the reply's {@code ephemeral} flag is ignored). Blocks until
     * Discord answers; Discord's rate limits are waited out, so edit at most about once a second and coalesce.
     *
     * @param reply the new content
     * @return false once the message is gone (deleted by someone, or its channel is) or cannot be edited any more:
     *     stop editing then
     */
    boolean edit(Reply reply);
}
