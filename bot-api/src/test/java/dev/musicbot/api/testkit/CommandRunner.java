package dev.musicbot.api.testkit;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a {@link CommandHandler} the way the runtime's router does, against a {@link FakeCommandContext}: the
 * spec's {@link Precondition}s first (in the runtime's order: caller in voice, bot in voice, same channel, DJ; a
 * failed one means the handler is not called), then the handler with the context's texts from the handler's own
 * {@link CommandHandler#messages() bundle}; a {@link UserFacingException} becomes an ephemeral reply in the caller's
 * language. Any other exception is a bug and is thrown to the test. The reply is recorded in the context.
 *
 * <pre>{@code
 * CommandRunner pause = CommandRunner.of(new PauseCommand());
 * Outcome outcome = pause.run(ctx);
 * assertThat(outcome.text()).isEqualTo(pause.english("pause.done"));
 * }</pre>
 */
public final class CommandRunner {
    private final CommandHandler handler;

    private CommandRunner(CommandHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * A runner for one handler (which keeps its state, such as votes, across runs).
     *
     * @param handler the handler under test
     * @return the runner
     */
    public static CommandRunner of(CommandHandler handler) {
        return new CommandRunner(handler);
    }

    /**
     * The handler under test.
     *
     * @return the handler
     */
    public CommandHandler handler() {
        return handler;
    }

    /**
     * A text of the handler's bundle in English, to compare replies with.
     *
     * @param key the key
     * @param args the arguments
     * @return the English text
     */
    public String english(String key, Object... args) {
        return handler.messages().text(Locale.ROOT, key, args);
    }

    /**
     * Uses the command.
     *
     * @param ctx the invocation
     * @return what the member sees
     */
    public Outcome run(FakeCommandContext ctx) {
        return invoke(ctx, () -> handler.handle(ctx));
    }

    /**
     * Clicks one of the handler's buttons.
     *
     * @param action the button's action
     * @param ctx the click
     * @return what the member sees
     */
    public Outcome click(String action, FakeCommandContext ctx) {
        return invoke(ctx, () -> handler.onButton(action, ctx));
    }

    /**
     * Picks in one of the handler's menus.
     *
     * @param action the menu's action
     * @param values the values picked
     * @param ctx the pick
     * @return what the member sees
     */
    public Outcome select(String action, List<String> values, FakeCommandContext ctx) {
        return invoke(ctx, () -> handler.onSelect(action, values, ctx));
    }

    /**
     * Asks for suggestions (no preconditions, as in the runtime).
     *
     * @param option the option being typed
     * @param typed what was typed
     * @param ctx the invocation
     * @return the suggestions, at most 25 (checked)
     */
    public List<Choice> autocomplete(String option, String typed, FakeCommandContext ctx) {
        useBundle(ctx);
        List<Choice> choices = handler.autocomplete(option, typed, ctx);
        if (choices.size() > 25) {
            throw new AssertionError("/" + handler.spec().name() + " suggested " + choices.size() + " choices");
        }
        return choices;
    }

    private Outcome invoke(FakeCommandContext ctx, Supplier<Reply> action) {
        useBundle(ctx);
        Optional<Precondition> failed = refusal(ctx);
        if (failed.isPresent()) {
            return new Outcome.Refused(failed.get());
        }
        Outcome outcome;
        try {
            Reply reply = action.get();
            if (reply == null) {
                throw new AssertionError("/" + handler.spec().name() + " answered null");
            }
            outcome = new Outcome.Answered(reply);
        } catch (UserFacingException e) {
            outcome = new Outcome.Failed(e, Reply.ephemeral(e.message(ctx.locale())));
        }
        ctx.recordReply(outcome.reply());
        return outcome;
    }

    private void useBundle(FakeCommandContext ctx) {
        if (!ctx.hasMessages()) {
            ctx.messages(handler.messages());
        }
    }

    private Optional<Precondition> refusal(FakeCommandContext ctx) {
        var checks = handler.spec().preconditions();
        Optional<ChannelId> caller = ctx.callerVoiceChannel();
        Optional<ChannelId> bot = ctx.playback().voiceChannel();
        if (checks.contains(Precondition.CALLER_IN_VOICE) && caller.isEmpty()) {
            return Optional.of(Precondition.CALLER_IN_VOICE);
        }
        if (checks.contains(Precondition.BOT_IN_VOICE) && bot.isEmpty()) {
            return Optional.of(Precondition.BOT_IN_VOICE);
        }
        if (checks.contains(Precondition.SAME_VOICE_CHANNEL) && bot.isPresent() && !bot.equals(caller)) {
            return Optional.of(Precondition.SAME_VOICE_CHANNEL);
        }
        if (checks.contains(Precondition.DJ) && !ctx.callerIsDj()) {
            return Optional.of(Precondition.DJ);
        }
        return Optional.empty();
    }
}
