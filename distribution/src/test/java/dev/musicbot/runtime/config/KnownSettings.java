package dev.musicbot.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.runtime.config.PluginSections.Section;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bot's settings as the runtime's own configuration code sees them. Which keys an environment variable sets
 * is answered by {@link Overlay} with a {@link KeyLookup} over that one variable, exactly as
 * {@link ConfigLoader} applies the environment (so aliases such as {@code BOT_TOKEN} count); the list of keys is
 * the effective default configuration as {@link ConfigMapper} writes it, for the bot and for every bundled
 * plugin's section.
 */
final class KnownSettings {
    private final List<Section> sections;
    private final Set<String> keys;

    private KnownSettings(List<Section> sections, Set<String> keys) {
        this.sections = List.copyOf(sections);
        this.keys = Set.copyOf(keys);
    }

    /** Loads the defaults (no file, no environment) and starts each bundled plugin once to learn its section. */
    static KnownSettings load(Path scratch) throws IOException {
        Path envFile = scratch.resolve("no.env");
        LoadedConfig loaded = ConfigLoader.load(
                new ConfigLoader.Request(Optional.empty(), Optional.empty(), envFile, Map.of(), Map.of()), false);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("", BotConfig.class));
        sections.addAll(PluginSections.ofBundledPlugins(loaded, scratch.resolve("plugin-data")));
        Set<String> keys = new TreeSet<>();
        leaves(ConfigMapper.YAML.valueToTree(loaded.config()), "", keys);
        keys.removeIf(key -> key.startsWith("plugins."));
        for (Section section : sections.subList(1, sections.size())) {
            Object bound = loaded.pluginConfig(section.prefix().substring("plugins.".length()), record(section));
            leaves(ConfigMapper.YAML.valueToTree(bound), section.prefix(), keys);
        }
        return new KnownSettings(sections, keys);
    }

    /** Every configuration key, dotted: {@code playback.max-queue-length}, {@code plugins.spotify.client-id}. */
    Set<String> keys() {
        return keys;
    }

    /** The keys an environment variable sets; empty if the bot does not read it. */
    Set<String> keysSetBy(String variable) {
        KeyLookup lookup = new KeyLookup(Map.of(), Map.of(variable, "value"), Map.of());
        Set<String> set = new TreeSet<>();
        for (Section section : sections) {
            ObjectNode tree = ConfigMapper.YAML.createObjectNode();
            Overlay.apply(tree, section.type(), section.prefix(), lookup);
            leaves(tree, section.prefix(), set);
        }
        return set;
    }

    private static Class<? extends Record> record(Section section) {
        return section.type().asSubclass(Record.class);
    }

    private static void leaves(JsonNode node, String path, Set<String> into) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(entry -> {
                String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                leaves(entry.getValue(), child, into);
            });
        } else {
            into.add(path);
        }
    }
}
