package dev.musicbot.api.testkit;

import static dev.musicbot.api.testkit.FakeCommandContext.ALICE;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeCommandContext.VOICE;
import static dev.musicbot.api.testkit.FakeGuildPlayback.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.text.MessageBundle;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runner checks preconditions as the runtime does, speaks the handler's bundle and records replies. */
class CommandRunnerTest {
    private static final ChannelId ELSEWHERE = new ChannelId(500000000000000009L);
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);

    /** Greets the caller, or fails politely when asked to. */
    private static class Greeter implements CommandHandler {
        private final CommandSpec spec;
        private int calls;

        Greeter(Precondition... checks) {
            spec = CommandSpec.of("greet", "Say hello").requiring(checks);
        }

        @Override
        public CommandSpec spec() {
            return spec;
        }

        @Override
        public MessageBundle messages() {
            return MessageBundle.of(CommandRunnerTest.class);
        }

        @Override
        public Reply handle(CommandContext ctx) {
            calls++;
            if (ctx.string("fail").isPresent()) {
                throw new UserFacingException(messages().key("left", messages().key("reason")), Severity.COMMON);
            }
            return Reply.of(ctx.text("greeting", ctx.callerName()));
        }
    }

    private FakeCommandContext ctx() {
        return FakeCommandContext.of(playback);
    }

    @Test
    void theHandlerAnswersInItsOwnBundleAndTheReplyIsRecorded() {
        CommandRunner greet = CommandRunner.of(new Greeter());
        FakeCommandContext ctx = ctx();
        Outcome outcome = greet.run(ctx);
        assertThat(outcome.text()).isEqualTo(greet.english("greeting", "alice"));
        assertThat(outcome.ephemeral()).isFalse();
        assertThat(outcome.refusal()).isEmpty();
        assertThat(ctx.lastReply()).isEqualTo(outcome.reply());
        assertThat(greet.run(ctx().locale(Locale.of("vi"))).text()).isEqualTo("Xin chào alice!");
    }

    @Test
    void aUserFacingExceptionBecomesAnEphemeralReplyInTheCallersLanguage() {
        CommandRunner greet = CommandRunner.of(new Greeter());
        Outcome outcome = greet.run(ctx().option("fail", "yes").locale(Locale.of("vi")));
        assertThat(outcome.ephemeral()).isTrue();
        assertThat(outcome.text()).isEqualTo("Mình rời đi vì không còn ai.");
        assertThat(outcome.error()).isPresent();
    }

    @Test
    void callerInVoiceIsCheckedFirst() {
        Greeter greeter = new Greeter(Precondition.CALLER_IN_VOICE, Precondition.BOT_IN_VOICE);
        Outcome outcome = CommandRunner.of(greeter).run(ctx().inVoice(Optional.empty()));
        assertThat(outcome.refusal()).contains(Precondition.CALLER_IN_VOICE);
        assertThatThrownBy(outcome::reply).isInstanceOf(AssertionError.class);
        assertThat(greeter.calls).isZero();
    }

    @Test
    void theBotMustBeInVoiceAndTheCallerWithItOnceItIs() {
        Greeter greeter = new Greeter(Precondition.BOT_IN_VOICE, Precondition.SAME_VOICE_CHANNEL);
        CommandRunner runner = CommandRunner.of(greeter);
        assertThat(runner.run(ctx()).refusal()).contains(Precondition.BOT_IN_VOICE);
        playback.connectedTo(VOICE);
        assertThat(runner.run(ctx().inVoice(Optional.of(ELSEWHERE))).refusal())
                .contains(Precondition.SAME_VOICE_CHANNEL);
        assertThat(runner.run(ctx().inVoice(Optional.empty())).refusal()).contains(Precondition.SAME_VOICE_CHANNEL);
        assertThat(runner.run(ctx()).refusal()).isEmpty();
        assertThat(greeter.calls).isEqualTo(1);
    }

    @Test
    void sameChannelAllowsAnyCallerWhileTheBotIsNotConnected() {
        Greeter greeter = new Greeter(Precondition.SAME_VOICE_CHANNEL);
        assertThat(CommandRunner.of(greeter)
                        .run(ctx().inVoice(Optional.of(ELSEWHERE)))
                        .refusal())
                .isEmpty();
    }

    @Test
    void djControlsNeedADjOrAManager() {
        playback.playing(VOICE, ALICE, track("one", 60));
        CommandRunner runner = CommandRunner.of(new Greeter(Precondition.DJ));
        assertThat(runner.run(ctx()).refusal()).contains(Precondition.DJ);
        assertThat(runner.run(ctx().dj(true)).refusal()).isEmpty();
        assertThat(runner.run(ctx().managesGuild(true)).refusal()).isEmpty();
    }

    @Test
    void aHandlerAnsweringNullIsABug() {
        CommandHandler broken = new Greeter() {
            @Override
            public Reply handle(CommandContext ctx) {
                return null;
            }
        };
        assertThatThrownBy(() -> CommandRunner.of(broken).run(ctx())).isInstanceOf(AssertionError.class);
    }

    @Test
    void unknownButtonsAndMenusGetTheApisPoliteDefault() {
        CommandRunner runner = CommandRunner.of(new Greeter());
        assertThat(runner.click("nope", ctx()).text()).isEqualTo("That button is no longer active.");
        assertThat(runner.select("nope", java.util.List.of("1"), ctx()).text())
                .isEqualTo("That menu is no longer active.");
        assertThat(runner.autocomplete("query", "x", ctx())).isEmpty();
    }
}
