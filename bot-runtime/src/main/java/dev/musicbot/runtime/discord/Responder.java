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
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one interaction within Discord's 3-second deadline: the handler gets about 1.5 s to reply directly;
 * past that the interaction is deferred and the reply edited in when it is ready. Progress edits are limited
 * to one a second.
 */
final class Responder {
    private static final Logger log = LoggerFactory.getLogger(Responder.class);
    static final Duration DIRECT_REPLY_BUDGET = Duration.ofMillis(1500);
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final IReplyCallback callback;
    private final String command;
    private @Nullable InteractionHook hook;
    private long lastProgress;
    private boolean answered;

    private final boolean updatesMessage;

    /** Answers a slash command with a new message. */
    Responder(IReplyCallback callback, String command) {
        this.callback = callback;
        this.command = command;
        this.updatesMessage = false;
    }

    /**
     * Answers a button click or a menu pick: a public reply replaces the message the component is on (so
     * pagers and player controls update in place); an ephemeral reply is a private note to the clicker.
     */
    Responder(ComponentInteraction click, String command) {
        this.callback = click;
        this.command = command;
        this.updatesMessage = true;
    }

    /**
     * Runs the handler on a virtual thread and delivers its reply, deferring if it is slow. Returns at once:
     * the caller is JDA's event thread, which must stay free (a long handler would otherwise hold up the
     * gateway, voice connections included).
     */
    void respond(Supplier<Reply> handler) {
        CompletableFuture<Reply> result = CompletableFuture.supplyAsync(
                handler, task -> Thread.ofVirtual().name("command-" + command).start(task));
        Thread.ofVirtual().name("defer-" + command).start(() -> deferUnlessAnswered(result));
        result.whenComplete((reply, error) -> {
            try {
                if (reply != null) {
                    deliver(reply);
                }
            } catch (RuntimeException e) {
                log.warn("Could not deliver the reply to /{}", command, e);
            }
        });
    }

    private void deferUnlessAnswered(CompletableFuture<Reply> result) {
        try {
            result.get(DIRECT_REPLY_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            synchronized (this) {
                if (!answered) {
                    defer();
                }
            }
        } catch (ExecutionException | java.util.concurrent.CancellationException ignored) {
            // handlers never throw past Commands.run; nothing to defer for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void deliver(Reply reply) {
        answered = true;
        if (hook == null) {
            callback.reply(ReplyRenderer.create(command, reply))
                    .setEphemeral(reply.ephemeral())
                    .queue();
        } else {
            finish(reply);
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
            // A deferred public reply cannot become ephemeral: replace it with an ephemeral follow-up, strictly
            // after the placeholder is gone. Discord turns the first follow-up after a deferral into the
            // (public) reply itself, so a follow-up that overtook the delete would be public and then deleted.
            // A failed delete (the placeholder already gone) must not swallow the answer.
            h.deleteOriginal()
                    .onErrorMap(_ -> null)
                    .flatMap(_ ->
                            h.sendMessage(ReplyRenderer.create(command, reply)).setEphemeral(true))
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
