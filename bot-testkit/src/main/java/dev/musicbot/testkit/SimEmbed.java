package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An embed of a message.
 *
 * @param title title, or null
 * @param description description, or null
 * @param url url, or null
 * @param color colour, or null
 * @param fields fields in order
 * @param footer footer text, or null
 * @param author author name, or null
 * @param thumbnail thumbnail url, or null
 * @param image image url, or null
 * @param json the embed as sent
 */
public record SimEmbed(
        String title,
        String description,
        String url,
        Integer color,
        List<Field> fields,
        String footer,
        String author,
        String thumbnail,
        String image,
        JsonNode json) {

    /**
     * An embed field.
     *
     * @param name name
     * @param value value
     * @param inline inline flag
     */
    public record Field(String name, String value, boolean inline) {}

    static SimEmbed of(JsonNode json) {
        List<Field> fields = new ArrayList<>();
        json.path("fields")
                .forEach(f -> fields.add(new Field(
                        f.path("name").asText(),
                        f.path("value").asText(),
                        f.path("inline").asBoolean())));
        return new SimEmbed(
                text(json.path("title")),
                text(json.path("description")),
                text(json.path("url")),
                json.path("color").isNumber() ? json.path("color").asInt() : null,
                List.copyOf(fields),
                text(json.path("footer").path("text")),
                text(json.path("author").path("name")),
                text(json.path("thumbnail").path("url")),
                text(json.path("image").path("url")),
                json);
    }

    /** Title, description, field names and values, footer and author, one per line. */
    public String text() {
        StringBuilder text = new StringBuilder();
        append(text, author);
        append(text, title);
        append(text, description);
        fields.forEach(f -> {
            append(text, f.name());
            append(text, f.value());
        });
        append(text, footer);
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append(part);
        }
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : null;
    }
}
