package dev.musicbot.api.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandSpecTest {

    @Test
    void rejectsNamesDiscordWouldRefuse() {
        assertThatThrownBy(() -> CommandSpec.of("Play", "x")).hasMessageContaining("command name");
        assertThatThrownBy(() -> CommandSpec.of("a".repeat(33), "x")).hasMessageContaining("command name");
        assertThat(CommandSpec.of("play-next", "Play next").name()).isEqualTo("play-next");
    }

    @Test
    void rejectsRequiredOptionAfterOptional() {
        assertThatThrownBy(() -> CommandSpec.of("seek", "Seek")
                        .withOptions(OptionSpec.optionalText("a", "A"), OptionSpec.requiredText("b", "B")))
                .hasMessageContaining("required option 'b' follows an optional one");
    }

    @Test
    void rejectsRepeatedOptions() {
        assertThatThrownBy(() -> CommandSpec.of("x", "X")
                        .withOptions(OptionSpec.requiredText("a", "A"), OptionSpec.requiredText("a", "again")))
                .hasMessageContaining("repeats option 'a'");
    }

    @Test
    void choicesAndAutocompleteExcludeEachOther() {
        assertThatThrownBy(
                        () -> new OptionSpec("mode", "Mode", OptionType.STRING, true, List.of(Choice.of("off")), true))
                .hasMessageContaining("both choices and autocomplete");
    }

    @Test
    void replyNeedsContentOrEmbed() {
        assertThatThrownBy(() -> Reply.of("")).hasMessageContaining("text or an embed");
        assertThat(Reply.ephemeral("no").ephemeral()).isTrue();
        assertThat(Reply.of(Embed.of("t", "d")).embeds()).hasSize(1);
    }

    @Test
    void buttonActionsAreRestricted() {
        assertThatThrownBy(() -> Button.of("has space", "x")).hasMessageContaining("button action");
        assertThat(Button.of("pause", "Pause").style()).isEqualTo(Button.Style.SECONDARY);
    }
}
