package dev.musicbot.runtime.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Prints the effective configuration. {@link Secret}s print masked by themselves; plugin sections are free
 * form, so any key that looks like a credential is masked too.
 */
final class ConfigPrinter {
    private static final Pattern SECRET_KEY = Pattern.compile(".*(secret|token|password|passwd|api-key|cookie).*");

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
            if (value instanceof ObjectNode child) {
                maskSecrets(child);
            } else if (value.isValueNode()
                    && !value.isNull()
                    && !value.asText().isEmpty()
                    && SECRET_KEY
                            .matcher(entry.getKey().toLowerCase(Locale.ROOT))
                            .matches()) {
                entry.setValue(node.textNode(Secret.MASK));
            }
        });
    }
}
