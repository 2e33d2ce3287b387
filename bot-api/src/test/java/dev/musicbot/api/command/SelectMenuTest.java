package dev.musicbot.api.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectMenuTest {
    private static final SelectMenu.Option ONE = new SelectMenu.Option("One", "1", null);

    @Test
    void aReplyCarriesItsMenusThroughEveryCopy() {
        SelectMenu menu = new SelectMenu("pick:abc", "Pick one", List.of(ONE));
        Reply reply = Reply.of("Results").withMenu(menu).withButtons(Button.of("cancel", "Cancel"));
        assertThat(reply.menus()).containsExactly(menu);
        assertThat(reply.withFile("a.json", new byte[] {1}).menus()).containsExactly(menu);
        assertThat(Reply.of("plain").menus()).isEmpty();
    }

    @Test
    void discordsLimitsAreCheckedUpFront() {
        assertThatThrownBy(() -> new SelectMenu("has space", "Pick", List.of(ONE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SelectMenu("pick", "Pick", List.of())).hasMessageContaining("1 to 25");
        List<SelectMenu.Option> many = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            many.add(new SelectMenu.Option("Option " + i, "v" + i, null));
        }
        assertThatThrownBy(() -> new SelectMenu("pick", "Pick", many)).hasMessageContaining("1 to 25");
        assertThatThrownBy(() -> new SelectMenu("pick", "Pick", List.of(ONE, ONE)))
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> new SelectMenu.Option("x".repeat(101), "1", null))
                .hasMessageContaining("1 to 100");
        SelectMenu menu = new SelectMenu("pick", "Pick", List.of(ONE));
        Reply reply = Reply.of("x");
        for (int i = 0; i < 4; i++) {
            reply = reply.withMenu(menu);
        }
        Reply full = reply;
        assertThatThrownBy(() -> full.withMenu(menu)).hasMessageContaining("at most 4 menus");
    }
}
