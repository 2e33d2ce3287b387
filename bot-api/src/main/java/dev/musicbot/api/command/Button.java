package dev.musicbot.api.command;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A button under a reply. A click is routed back to {@link CommandHandler#onButton} of the handler that
 * sent it, with this button's {@link #action()}.
 *
 * @param action the handler-local action id (letters, digits, {@code -}, {@code _}, {@code :}; at most 64)
 * @param label the text on the button (1 to 80 characters)
 * @param style the colour
 * @param disabled whether it is greyed out
 */
public record Button(String action, String label, Style style, boolean disabled) {

    private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9_:-]{1,64}");

    /** Validates the fields. */
    public Button {
        Objects.requireNonNull(style, "style");
        if (!ACTION.matcher(Objects.requireNonNull(action, "action")).matches()) {
            throw new IllegalArgumentException("button action must match " + ACTION + ": " + action);
        }
        CommandSpec.checkText("button label", label, 80);
    }

    /**
     * An enabled secondary (grey) button.
     *
     * @param action the action id
     * @param label the text
     * @return the button
     */
    public static Button of(String action, String label) {
        return new Button(action, label, Style.SECONDARY, false);
    }

    /** The colour of a button. */
    public enum Style {
        /** Blurple. */
        PRIMARY,
        /** Grey. */
        SECONDARY,
        /** Green. */
        SUCCESS,
        /** Red. */
        DANGER
    }
}
