package dev.musicbot.runtime.discord;

import dev.musicbot.api.command.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import org.jspecify.annotations.Nullable;

/**
 * Answers one interaction within Discord's 3-second deadline: the handler gets about 1.5 s to reply directly;
 * past that the interaction is deferred and the reply edited in when it is ready. Progress edits are limited
 * to one a second.
 */
final class Responder {
    static final Duration DIRECT_REPLY_BUDGET = Duration.ofMillis(1500);
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final IReplyCallback callback;
    private final String command;
    private @Nullable InteractionHook hook;
    private long lastProgress;

    private final boolean updatesMessage;

    /** Answers a slash command with a new message. */
    Responder(IReplyCallback callback, String command) {
        this.callback = callback;
        this.command = command;
        this.updatesMessage = false;
    }

    /**
     * Answers a button click: a public reply replaces the message the button is on (so pagers and player
     * controls update in place); an ephemeral reply is a private note to the clicker.
     */
    Responder(ButtonInteraction click, String command) {
        this.callback = click;
        this.command = command;
        this.updatesMessage = true;
    }

    /** Runs the handler on a virtual thread and delivers its reply, deferring if it is slow. */
    void respond(Supplier<Reply> handler) {
        CompletableFuture<Reply> result = CompletableFuture.supplyAsync(
                handler, task -> Thread.ofVirtual().name("command-" + command).start(task));
        try {
            Reply reply = result.get(DIRECT_REPLY_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
            synchronized (this) {
                if (hook == null) {
                    callback.reply(ReplyRenderer.create(command, reply))
                            .setEphemeral(reply.ephemeral())
                            .queue();
                    return;
                }
            }
            finish(reply);
        } catch (TimeoutException slow) {
            defer();
            finish(result.join());
        } catch (ExecutionException e) {
            throw new IllegalStateException("handlers never throw past Commands.run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Shows progress text (deferring first if needed); calls closer than a second apart are dropped. */
    synchronized void progress(String text) {
        defer();
        long now = System.nanoTime();
        if (lastProgress != 0 && now - lastProgress < PROGRESS_INTERVAL_NANOS) {
            return;
        }
        lastProgress = now;
        hook().editOriginal(text).queue();
    }

    private synchronized void defer() {
        if (hook == null) {
            hook = updatesMessage
                    ? ((IMessageEditCallback) callback).deferEdit().complete()
                    : callback.deferReply().complete();
        }
    }

    private void finish(Reply reply) {
        InteractionHook h = hook();
        if (updatesMessage && reply.ephemeral()) {
            h.sendMessage(ReplyRenderer.create(command, reply))
                    .setEphemeral(true)
                    .queue();
        } else if (reply.ephemeral()) {
            // A deferred public reply cannot become ephemeral: replace it with an ephemeral follow-up.
            h.deleteOriginal().queue();
            h.sendMessage(ReplyRenderer.create(command, reply))
                    .setEphemeral(true)
                    .queue();
        } else {
            h.editOriginal(ReplyRenderer.edit(command, reply)).queue();
        }
    }

    private synchronized InteractionHook hook() {
        if (hook == null) {
            throw new IllegalStateException("not deferred");
        }
        return hook;
    }
}
