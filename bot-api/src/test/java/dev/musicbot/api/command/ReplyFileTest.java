package dev.musicbot.api.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReplyFileTest {

    @Test
    void withFileKeepsTheReplyAndCopiesTheBytes() {
        byte[] bytes = "{}".getBytes(StandardCharsets.UTF_8);
        Reply reply = Reply.ephemeral("Here it is").withFile("party.json", bytes);
        bytes[0] = 'x';

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("party.json");
            assertThat(file.content()).asString(StandardCharsets.UTF_8).isEqualTo("{}");
        });
        assertThat(Reply.of("plain").files()).isEmpty();
    }

    @Test
    void filesCompareByContent() {
        assertThat(new ReplyFile("a.json", new byte[] {1, 2})).isEqualTo(new ReplyFile("a.json", new byte[] {1, 2}));
        assertThat(new ReplyFile("a.json", new byte[] {1, 2})).isNotEqualTo(new ReplyFile("a.json", new byte[] {1}));
    }

    @Test
    void rejectsPathsControlCharactersAndHugeFiles() {
        assertThatThrownBy(() -> new ReplyFile("../etc/passwd", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReplyFile("a\nb.json", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReplyFile(" ", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReplyFile("big.bin", new byte[ReplyFile.MAX_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attachmentOptionsTakeNoChoices() {
        OptionSpec file = OptionSpec.requiredAttachment("file", "The playlist file");
        assertThat(file.type()).isEqualTo(OptionType.ATTACHMENT);
        assertThat(file.required()).isTrue();
        assertThatThrownBy(file::withAutocomplete).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attachment("a.json", "", -1, URI.create("http://127.0.0.1/a.json")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
