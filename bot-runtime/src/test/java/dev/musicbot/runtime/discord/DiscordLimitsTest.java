package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.Embed;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiscordLimitsTest {

    @Test
    void textIsCutWithAnEllipsisAndNeverBetweenASurrogatePair() {
        assertThat(DiscordLimits.cut("a".repeat(2000), 2000)).hasSize(2000).doesNotContain("…");
        assertThat(DiscordLimits.cut("a".repeat(2001), 2000)).hasSize(2000).endsWith("a…");
        String emoji = "a".repeat(1998) + "😀😀";
        String cut = DiscordLimits.cut(emoji, 2000);
        assertThat(cut).hasSizeLessThanOrEqualTo(2000).endsWith("a…");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }

    @Test
    void anEmbedFitsEveryLimitAndDropsLinksDiscordRefuses() {
        List<Embed.Field> fields = IntStream.range(0, 30)
                .mapToObj(i -> new Embed.Field("n".repeat(300), "v".repeat(2000), false))
                .toList();
        Embed embed = DiscordLimits.embed(
                new Embed("t".repeat(300), "d".repeat(5000), "javascript:alert(1)", "ftp://x/y.png", fields, "f", 1));

        assertThat(embed.title()).hasSize(256);
        assertThat(embed.description()).hasSize(4096);
        assertThat(embed.fields()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.name()).hasSize(256);
            assertThat(f.value()).hasSize(1024);
        });
        int total = embed.title().length()
                + embed.description().length()
                + embed.footer().length()
                + embed.fields().stream()
                        .mapToInt(f -> f.name().length() + f.value().length())
                        .sum();
        assertThat(total).isLessThanOrEqualTo(6000);
        assertThat(total).as("no room for another field").isGreaterThan(6000 - 1280);
        assertThat(embed.url()).isNull();
        assertThat(embed.thumbnailUrl()).isNull();
        assertThat(DiscordLimits.embed(new Embed("t", "d", "https://example.org/a", null, List.of(), null, null))
                        .url())
                .isEqualTo("https://example.org/a");
    }

    @Test
    void atMost25FieldsAreShown() {
        List<Embed.Field> fields = IntStream.range(0, 30)
                .mapToObj(i -> new Embed.Field("n" + i, "v", true))
                .toList();
        Embed embed = DiscordLimits.embed(new Embed(null, null, null, null, fields, null, null));
        assertThat(embed.fields()).hasSize(25).first().isEqualTo(new Embed.Field("n0", "v", true));
    }

    @Test
    void atMost25ChoicesAndNoneWhoseValueWouldHaveToBeCut() {
        List<Choice> choices = IntStream.range(0, 30)
                .mapToObj(i -> new Choice("label " + i + "x".repeat(200), "v" + i))
                .toList();
        List<Choice> many = DiscordLimits.choices(choices);
        assertThat(many).hasSize(25).allSatisfy(c -> assertThat(c.label()).hasSize(100));
        assertThat(DiscordLimits.choices(List.of(Choice.of("x".repeat(101)), Choice.of("ok"))))
                .containsExactly(Choice.of("ok"));
    }
}
