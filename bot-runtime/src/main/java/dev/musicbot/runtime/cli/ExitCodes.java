package dev.musicbot.runtime.cli;

/** The documented exit codes of {@code musicbot}. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** A generic failure (for example Discord refused the token). */
    public static final int ERROR = 1;
    /** Invalid command-line input or configuration. */
    public static final int INVALID_INPUT = 2;
    /** A plugin problem that stops start-up (duplicate plugin id or command name). */
    public static final int PLUGIN_FAILURE = 3;
    /** An internal error (a bug): the message and log say more. */
    public static final int INTERNAL = 4;

    private ExitCodes() {}
}
