package dev.musicbot.runtime.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The one Jackson setup for configuration: YAML, kebab-case keys, strict about unknown keys. */
final class ConfigMapper {
    static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .addModule(new SimpleModule().addSerializer(Path.class, ToStringSerializer.instance))
            .build();

    private ConfigMapper() {}

    /** Binds a tree to a record, turning Jackson's errors into a problem that names the key. */
    static <T> T bind(JsonNode tree, Class<T> type, String prefix) {
        try {
            return YAML.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw new ConfigException(keyOf(e, prefix), describe(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException(prefix.isEmpty() ? "(root)" : prefix, e.getOriginalMessage());
        }
    }

    static void deepMerge(ObjectNode target, JsonNode source) {
        source.properties().forEach(entry -> {
            JsonNode existing = target.get(entry.getKey());
            if (existing instanceof ObjectNode existingObject
                    && entry.getValue().isObject()) {
                deepMerge(existingObject, entry.getValue());
            } else {
                target.set(entry.getKey(), entry.getValue().deepCopy());
            }
        });
    }

    private static String keyOf(JsonMappingException e, String prefix) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (prefix.isEmpty()) {
            return path.isEmpty() ? "(root)" : path;
        }
        return path.isEmpty() ? prefix : prefix + "." + path;
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown key (check the spelling; keys are kebab-case)";
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                String accepted = Arrays.stream(target.getEnumConstants())
                        .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(", "));
                return "'" + invalid.getValue() + "' is not one of: " + accepted;
            }
            String expected = target == null ? "another type" : friendly(target);
            return "'" + invalid.getValue() + "' is not " + expected;
        }
        return e.getOriginalMessage();
    }

    private static String friendly(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a valid " + type.getSimpleName();
    }
}
