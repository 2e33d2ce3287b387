package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One choice a bot returned to an autocomplete interaction.
 *
 * @param name what the user sees
 * @param value the value (string, integer or number), as JSON
 */
public record AutocompleteChoice(String name, JsonNode value) {
    /** The value as text. */
    public String valueText() {
        return value.asText();
    }
}
