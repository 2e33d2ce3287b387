package dev.musicbot.api.command;

import dev.musicbot.api.Spi;
import dev.musicbot.api.text.MessageBundle;
import java.util.List;

/**
 * Extension point. Contributes one slash command.
 *
 * <p><b>Called by:</b> the runtime's command router, which registers {@link #spec()} with Discord at start-up
 * and calls {@link #handle} for each use after checking the spec's {@link Precondition}s.
 *
 * <p><b>When:</b> {@link #spec()} once at start-up; {@link #handle}, {@link #autocomplete} and
 * {@link #onButton} whenever a user acts.
 *
 * <p><b>Thread:</b> each call runs on its own virtual thread and may block. If {@link #handle} takes longer
 * than about two seconds the runtime defers the Discord interaction first, so the 3-second deadline is never
 * missed. {@link #autocomplete} must answer within about two seconds.
 *
 * <p><b>Not mine:</b> not applicable: a command name belongs to exactly one handler, and a duplicate name
 * fails start-up naming both plugins.
 *
 * <p><b>Errors:</b> throw {@link dev.musicbot.api.UserFacingException} for anything the user should read; it
 * becomes an ephemeral reply. Any other exception becomes a generic apology and an ERROR log.
 *
 * <p><b>Language:</b> texts come from {@link #messages()}: replies through {@link CommandContext#text}, in the
 * caller's language; the command's name, description, options and choices from the keys {@code
 * command.<name>.name}, {@code command.<name>.description}, {@code command.<name>.option.<option>.name}, {@code
 * command.<name>.option.<option>.description} and {@code command.<name>.option.<option>.choice.<value>}, which the
 * runtime registers with Discord for every language the bundle has. The spec's own texts are the fallback for a
 * missing key.
 */
@Spi(cardinality = Spi.Cardinality.MANY)
public interface CommandHandler {

    /**
     * The command's name, options and preconditions. Must return an equal value every time.
     *
     * @return the spec
     */
    CommandSpec spec();

    /**
     * The bundle of this handler's texts. By default {@code messages.properties} (and its translations) in the
     * package of the handler's class.
     *
     * @return the bundle
     */
    default MessageBundle messages() {
        return MessageBundle.of(getClass());
    }

    /**
     * Runs the command.
     *
     * @param ctx the invocation
     * @return the reply, never {@code null}
     */
    Reply handle(CommandContext ctx);

    /**
     * Suggests values for an option declared with autocomplete.
     *
     * @param option the option being typed
     * @param typed what the user has typed so far
     * @param ctx the invocation (options typed so far are readable)
     * @return up to 25 suggestions; none by default
     */
    default List<Choice> autocomplete(String option, String typed, CommandContext ctx) {
        return List.of();
    }

    /**
     * Handles a click on a button this handler put under a reply. The runtime checks the spec's
     * preconditions first, as for the command itself.
     *
     * @param action the button's {@link Button#action()}
     * @param ctx the click, with no options
     * @return the reply to the click
     */
    default Reply onButton(String action, CommandContext ctx) {
        return Reply.ephemeral(ApiTexts.BUNDLE.text(ctx.locale(), "button.inactive"));
    }

    /**
     * Handles a pick in one of this handler's {@linkplain SelectMenu select menus}. Called on a virtual thread;
     * may block. A public reply replaces the message the menu is on; an ephemeral one is a note to the user.
     *
     * @param action the menu's {@link SelectMenu#action()}
     * @param values the values picked (one for the menus of this API)
     * @param ctx the invocation, without options
     * @return the reply
     */
    default Reply onSelect(String action, List<String> values, CommandContext ctx) {
        return Reply.ephemeral(ApiTexts.BUNDLE.text(ctx.locale(), "menu.inactive"));
    }
}
