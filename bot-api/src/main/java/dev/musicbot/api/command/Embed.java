package dev.musicbot.api.command;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rich card in a reply.
 *
 * @param title the title, or {@code null}
 * @param description the body text (Markdown), or {@code null}
 * @param url the link behind the title, or {@code null}
 * @param thumbnailUrl a small image, or {@code null}
 * @param fields name/value rows; Discord shows at most 25, so the runtime renders the first 25 (and, like every
 *     text here, cuts each to Discord's limits: title 256, description 4096, field 256/1024, footer 2048)
 * @param footer small text at the bottom, or {@code null}
 * @param color the RGB colour of the side bar, or {@code null}
 */
public record Embed(
        @Nullable String title,
        @Nullable String description,
        @Nullable String url,
        @Nullable String thumbnailUrl,
        List<Field> fields,
        @Nullable String footer,
        @Nullable Integer color) {

    /** Copies the fields. */
    public Embed {
        fields = List.copyOf(fields);
    }

    /**
     * An embed with a title and a description only.
     *
     * @param title the title
     * @param description the body
     * @return the embed
     */
    public static Embed of(String title, String description) {
        return new Embed(title, description, null, null, List.of(), null, null);
    }

    /**
     * One name/value row of an embed.
     *
     * @param name the label
     * @param value the text
     * @param inline whether it may sit beside other inline fields
     */
    public record Field(String name, String value, boolean inline) {
        /** Validates the fields. */
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }
}
