package dev.musicbot.api.command;

/** The type of a slash-command option's value. */
public enum OptionType {
    /** Free text. */
    STRING,
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    NUMBER,
    /** True or false. */
    BOOLEAN,
    /** A file the user uploads with the command; read it with {@link CommandContext#attachment(String)}. */
    ATTACHMENT
}
