package dev.musicbot.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.OptionSpec;
import org.junit.jupiter.api.Test;

/** What every {@link CommandHandler} must do. Extend it with the handler under test. */
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
}
