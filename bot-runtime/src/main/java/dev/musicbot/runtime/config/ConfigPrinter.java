package dev.musicbot.runtime.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Prints the effective configuration. {@link Secret}s print masked by themselves; plugin sections are free
 * form, so any key that looks like a credential is masked too, and so are credentials inside other values
 * (URLs, connection strings, argument lists): see {@link Redaction}.
 */
final class ConfigPrinter {
    private ConfigPrinter() {}

    static String print(LoadedConfig loaded) {
        ObjectNode tree = ConfigMapper.YAML.valueToTree(loaded.config());
        maskSecrets(tree);
        try {
            return ConfigMapper.YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print configuration", e);
        }
    }

    static void maskSecrets(ObjectNode node) {
        node.properties().forEach(entry -> {
            JsonNode value = entry.getValue();
            boolean secretKey = Redaction.isSecretKey(entry.getKey());
            if (value instanceof ObjectNode child) {
                maskSecrets(child);
            } else if (value instanceof ArrayNode list) {
                entry.setValue(masked(node, list, secretKey));
            } else if (value.isValueNode() && !value.isNull() && !value.asText().isEmpty()) {
                entry.setValue(node.textNode(secretKey ? Secret.MASK : Redaction.text(value.asText())));
            }
        });
    }

    /** A list of text (such as {@code extra-args}) is masked as command-line arguments; other lists as they are. */
    private static JsonNode masked(ObjectNode parent, ArrayNode list, boolean secretKey) {
        if (!list.valueStream().allMatch(JsonNode::isValueNode)) {
            list.forEach(item -> {
                if (item instanceof ObjectNode child) {
                    maskSecrets(child);
                }
            });
            return list;
        }
        List<String> items = list.valueStream().map(JsonNode::asText).toList();
        ArrayNode printed = parent.arrayNode();
        (secretKey ? items.stream().map(item -> Secret.MASK).toList() : Redaction.arguments(items))
                .forEach(printed::add);
        return printed;
    }
}
