package dev.musicbot.api.command;

/**
 * A check the runtime makes before it calls a handler. A failed check gets a polite ephemeral reply and the
 * handler is not called.
 */
public enum Precondition {
    /** The caller is in a voice channel of the guild. */
    CALLER_IN_VOICE,
    /** If the bot is connected to voice, the caller is in the same channel. */
    SAME_VOICE_CHANNEL,
    /** The bot is connected to a voice channel in the guild. */
    BOT_IN_VOICE,
    /**
     * The caller is a DJ (has the configured DJ role or Manage Server), or is alone with the bot.
     */
    DJ
}
