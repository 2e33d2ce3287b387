package dev.musicbot.runtime.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the overrides a {@link KeyLookup} finds into a configuration tree, for every key of a record type.
 * Walking the record (not the environment) is what makes {@code MUSICBOT_SOURCES_HTTP_ALLOW} unambiguous: the
 * key set comes from the type, and each key's variable name is derived from it.
 */
final class Overlay {
    private Overlay() {}

    static void apply(ObjectNode tree, Class<?> type, String prefix, KeyLookup lookup) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = keyOf(component);
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            Class<?> componentType = component.getType();
            if (Map.class.isAssignableFrom(componentType)) {
                continue; // open-ended sections (plugins.*) are bound by their owners
            }
            if (componentType.isRecord()) {
                JsonNode child = tree.get(name);
                ObjectNode section = child instanceof ObjectNode object ? object : tree.putObject(name);
                apply(section, componentType, path, lookup);
                continue;
            }
            lookup.find(path).ifPresent(value -> tree.set(name, valueNode(componentType, value)));
        }
    }

    static String keyOf(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property != null && !property.value().isEmpty()) {
            return property.value();
        }
        return kebab(component.getName());
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static JsonNode valueNode(Class<?> type, String value) {
        if (Collection.class.isAssignableFrom(type)) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(item -> !item.isEmpty())
                    .forEach(array::add);
            return array;
        }
        return JsonNodeFactory.instance.textNode(value);
    }
}
