package dev.musicbot.api.testkit;

import dev.musicbot.api.command.PostedMessage;
import dev.musicbot.api.command.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * A message a command posted through {@link FakeCommandContext#post}: its first content and every edit, in order.
 * {@link #delete()} makes later edits answer false, as when someone deleted the message. Thread-safe, since a
 * posted message may be edited from another thread after the handler returns.
 */
public final class FakePostedMessage implements PostedMessage {
    private final List<Reply> versions = new ArrayList<>();
    private boolean deleted;

    FakePostedMessage(Reply first) {
        versions.add(first);
    }

    @Override
    public synchronized boolean edit(Reply reply) {
        if (deleted) {
            return false;
        }
        versions.add(reply);
        return true;
    }

    /** Deletes the message: later edits answer false and change nothing. */
    public synchronized void delete() {
        deleted = true;
    }

    /**
     * What the message shows now.
     *
     * @return the latest content
     */
    public synchronized Reply current() {
        return versions.getLast();
    }

    /**
     * The first content and every edit, in order.
     *
     * @return the versions, the posted one first
     */
    public synchronized List<Reply> versions() {
        return List.copyOf(versions);
    }
}
