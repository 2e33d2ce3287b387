package dev.musicbot.runtime.plugin;

/** Two plugins contributed clashing extensions (same command name, same id); start-up stops, naming both. */
public final class ExtensionConflictException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ExtensionConflictException(String message) {
        super(message);
    }
}
