package dev.musicbot.runtime.command;

import dev.musicbot.api.text.MessageBundle;
import dev.musicbot.api.text.Text;

/**
 * The runtime's own texts: {@code dev/musicbot/runtime/command/messages.properties} (English) and its translations.
 * The runtime's commands read it as their {@link dev.musicbot.api.command.CommandHandler#messages() bundle}; the
 * router, the player and the sources use it through this class.
 */
public final class RuntimeMessages {
    /** The runtime's bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.of(RuntimeMessages.class);

    private RuntimeMessages() {}

    /**
     * A text of the runtime's bundle, to be resolved for its reader.
     *
     * @param key the key
     * @param args the arguments
     * @return the text
     */
    public static Text text(String key, Object... args) {
        return BUNDLE.key(key, args);
    }
}
