package dev.musicbot.runtime.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an override for a configuration key (dotted kebab-case path) in the higher layers: command-line
 * {@code --set key=value} first, then the process environment, then {@code .env}.
 *
 * <p>Every key {@code a.b-c} maps to the variable {@code MUSICBOT_A_B_C}; the seed's {@code BOT_TOKEN} and
 * {@code STAY_CONNECTED_24_7}, and Spotify's customary {@code SPOTIFY_CLIENT_ID} and {@code SPOTIFY_CLIENT_SECRET},
 * keep their names as aliases (in the environment and in {@code .env} alike).
 */
final class KeyLookup {
    private static final Map<String, String> ALIASES = Map.of(
            "discord.token", "BOT_TOKEN",
            "playback.stay-connected-24-7", "STAY_CONNECTED_24_7",
            "plugins.spotify.client-id", "SPOTIFY_CLIENT_ID",
            "plugins.spotify.client-secret", "SPOTIFY_CLIENT_SECRET");

    private final Map<String, String> commandLine;
    private final Map<String, String> environment;
    private final Map<String, String> dotEnv;
    private final Set<String> consumedCommandLineKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();

    KeyLookup(Map<String, String> commandLine, Map<String, String> environment, Map<String, String> dotEnv) {
        this.commandLine = Map.copyOf(commandLine);
        this.environment = Map.copyOf(environment);
        this.dotEnv = Map.copyOf(dotEnv);
    }

    static KeyLookup none() {
        return new KeyLookup(Map.of(), Map.of(), Map.of());
    }

    /** The environment variable name of a key. */
    static String envName(String key) {
        return "MUSICBOT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    Optional<String> find(String key) {
        String cli = commandLine.get(key);
        if (cli != null) {
            consumedCommandLineKeys.add(key);
            return Optional.of(cli);
        }
        for (Map<String, String> layer : java.util.List.of(environment, dotEnv)) {
            String value = layer.get(envName(key));
            if (value == null && ALIASES.containsKey(key)) {
                value = layer.get(ALIASES.get(key));
            }
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Command-line keys that matched no known key (typos), excluding plugin sections. */
    Set<String> unusedCommandLineKeys() {
        Map<String, String> unused = new HashMap<>(commandLine);
        unused.keySet().removeAll(consumedCommandLineKeys);
        unused.keySet().removeIf(key -> key.startsWith("plugins."));
        return unused.keySet();
    }
}
