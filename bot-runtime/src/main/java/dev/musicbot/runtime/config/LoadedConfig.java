package dev.musicbot.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.runtime.platform.PlatformProfile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The effective configuration, with what is needed to bind plugin sections later (when each plugin asks for
 * its record type, which the runtime cannot know in advance).
 *
 * @param config the bound, validated configuration
 * @param profile the platform profile in force
 * @param source the {@code musicbot.yml} that was read, if any
 */
public record LoadedConfig(BotConfig config, PlatformProfile profile, Optional<Path> source, KeyLookup lookup) {

    /**
     * Binds {@code plugins.<id>} to a record, applying environment and command-line overrides for its keys.
     *
     * @param pluginId the plugin id
     * @param type the record type
     * @param <T> the record type
     * @return the bound section
     * @throws ConfigException naming the key if the section does not fit
     */
    public <T extends Record> T pluginConfig(String pluginId, Class<T> type) {
        JsonNode section = config.plugins().get(pluginId);
        ObjectNode tree =
                section instanceof ObjectNode object ? object.deepCopy() : JsonNodeFactory.instance.objectNode();
        String prefix = "plugins." + pluginId;
        Overlay.apply(tree, type, prefix, lookup);
        return ConfigMapper.bind(tree, type, prefix);
    }

    /** The effective configuration as YAML, secrets masked. */
    public String toMaskedYaml() {
        return ConfigPrinter.print(this);
    }
}
