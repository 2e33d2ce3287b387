package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An interactive or text component of a message, flattened out of its action rows and containers.
 *
 * @param type Discord component type (2 button, 3 string select, 10 text display, ...)
 * @param customId custom id, or null (link buttons, text)
 * @param label button label or select placeholder, or null
 * @param style button style, or null
 * @param url link button url, or null
 * @param disabled whether it is disabled
 * @param options a select menu's option values
 * @param json the component as sent
 */
public record SimComponent(
        int type,
        String customId,
        String label,
        Integer style,
        String url,
        boolean disabled,
        List<String> options,
        JsonNode json) {
    /** Component type of a button. */
    public static final int BUTTON = 2;
    /** Component type of a string select menu. */
    public static final int STRING_SELECT = 3;
    /** Component type of a text display (components v2). */
    public static final int TEXT_DISPLAY = 10;

    /** Whether this is a button. */
    public boolean isButton() {
        return type == BUTTON;
    }

    /** All non-layout components in a component tree, depth first. */
    static List<SimComponent> flatten(JsonNode components) {
        List<SimComponent> out = new ArrayList<>();
        components.forEach(c -> collect(c, out));
        return List.copyOf(out);
    }

    private static void collect(JsonNode node, List<SimComponent> out) {
        int type = node.path("type").asInt();
        boolean layout = node.has("components") || type == 1;
        if (!layout) {
            List<String> options = new ArrayList<>();
            node.path("options").forEach(o -> options.add(o.path("value").asText()));
            out.add(new SimComponent(
                    type,
                    text(node.path("custom_id")),
                    text(node.has("label") ? node.path("label") : node.path("placeholder")),
                    node.path("style").isNumber() ? node.path("style").asInt() : null,
                    text(node.path("url")),
                    node.path("disabled").asBoolean(false),
                    List.copyOf(options),
                    node));
        }
        node.path("components").forEach(c -> collect(c, out));
        if (node.has("accessory")) {
            collect(node.path("accessory"), out);
        }
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : null;
    }
}
