package dev.musicbot.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.UserId;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.OptionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CommandHandler} must do. Extend it with the handler under test, or call {@link
 * #assertAnswersPolitely} for each handler a plugin registers.
 */
public abstract class CommandHandlerContract {

    /** The handler under test. */
    protected abstract CommandHandler handler();

    @Test
    void specIsStable() {
        CommandHandler handler = handler();
        assertThat(handler.spec()).isEqualTo(handler.spec());
    }

    @Test
    void specFitsDiscordLimits() {
        var spec = handler().spec();
        assertThat(spec.name()).matches("[a-z0-9_-]{1,32}");
        assertThat(spec.description()).hasSizeBetween(1, 100);
        assertThat(spec.options()).hasSizeLessThanOrEqualTo(25);
        for (OptionSpec option : spec.options()) {
            assertThat(option.choices()).hasSizeLessThanOrEqualTo(25);
        }
    }

    @Test
    void answersPolitelyWhateverItIsGiven() {
        assertAnswersPolitely(handler());
    }

    /**
     * Checks that a handler answers a member who gives no options, gives a text option made only of spaces, clicks a button or picks in a menu it never
     * showed, or types into any of its options, with a reply or a {@link dev.musicbot.api.UserFacingException}
     * (which the runtime shows as a polite ephemeral reply), never with another exception or {@code null}; and that
     * the unknown button and menu get an ephemeral answer. The member is a DJ in the bot's voice channel, one track
     * playing; lookups find nothing. The handler must not need the network for this.
     *
     * @param handler the handler
     */
    public static void assertAnswersPolitely(CommandHandler handler) {
        String name = "/" + handler.spec().name();
        FakeGuildPlayback playback = new FakeGuildPlayback(FakeCommandContext.GUILD)
                .playing(FakeCommandContext.VOICE, FakeCommandContext.BOB, FakeGuildPlayback.track("playing", 180))
                .queued(new UserId(300000000000000009L), FakeGuildPlayback.track("queued", 120));
        CommandRunner runner = CommandRunner.of(handler);
        Outcome bare = runner.run(member(playback));
        if (bare.refusal().isEmpty()) {
            assertThat(bare.reply()).as(name + " without options").isNotNull();
        }
        for (OptionSpec option : handler.spec().options()) {
            if (option.type() == OptionType.STRING) {
                // Discord lets a member send a required text option made only of spaces
                Outcome blank = runner.run(member(playback).option(option.name(), " \u2003 "));
                if (blank.refusal().isEmpty()) {
                    assertThat(blank.reply())
                            .as(name + " with " + option.name() + " only spaces")
                            .isNotNull();
                }
            }
        }
        Outcome click = runner.click("contract-unknown:0", member(playback));
        if (click.refusal().isEmpty()) {
            assertThat(click.ephemeral())
                    .as(name + ": a button it never showed")
                    .isTrue();
        }
        Outcome pick = runner.select("contract-unknown:0", List.of("0"), member(playback));
        if (pick.refusal().isEmpty()) {
            assertThat(pick.ephemeral()).as(name + ": a menu it never showed").isTrue();
        }
        for (OptionSpec option : handler.spec().options()) {
            assertThat(runner.autocomplete(option.name(), "", member(playback)))
                    .as(name + " suggestions for " + option.name())
                    .hasSizeLessThanOrEqualTo(25);
        }
    }

    private static FakeCommandContext member(FakeGuildPlayback playback) {
        return FakeCommandContext.of(playback).dj(true).listeners(3).tracks(new FakeTrackLoader());
    }
}
