package dev.musicbot.api.storage;

import java.util.Objects;

/**
 * What a {@link GuildStateStore} holds for one guild: nothing, a document, or something it cannot hand back.
 *
 * <p>The document is the runtime's own JSON text (settings and the queue snapshot, with its schema version);
 * a store keeps it exactly as given and never interprets it.
 */
public sealed interface StoredGuildState {

    /** Nothing is stored for the guild. */
    StoredGuildState ABSENT = new Absent();

    /** Nothing is stored for the guild: it starts from default settings. */
    record Absent() implements StoredGuildState {}

    /**
     * A stored document.
     *
     * @param document the text as it was saved
     */
    record Found(String document) implements StoredGuildState {
        /** Validates the document. */
        public Found {
            Objects.requireNonNull(document, "document");
        }
    }

    /**
     * Something is stored but cannot be handed back (for example a file the operating system refuses to read).
     * The caller sets it aside with {@link GuildStateStore#setAside}.
     *
     * @param reason why, for the log
     */
    record Unreadable(String reason) implements StoredGuildState {
        /** Validates the reason. */
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
