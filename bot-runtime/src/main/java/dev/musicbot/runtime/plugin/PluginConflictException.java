package dev.musicbot.runtime.plugin;

/** Two plugins have the same id; start-up stops, naming both locations. */
public final class PluginConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginConflictException(String message) {
        super(message);
    }
}
