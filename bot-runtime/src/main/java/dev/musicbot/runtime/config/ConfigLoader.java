package dev.musicbot.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.runtime.platform.Platform;
import dev.musicbot.runtime.platform.PlatformProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the effective configuration. Precedence, highest first: command line ({@code --set key=value},
 * {@code --platform}), environment variables, {@code .env}, {@code musicbot.yml}, the platform profile, the
 * built-in defaults.
 */
public final class ConfigLoader {
    private static final String DEFAULTS = "/dev/musicbot/runtime/config/defaults.yml";

    private ConfigLoader() {}

    /**
     * What to load.
     *
     * @param configFile an explicit {@code musicbot.yml} (must exist), or empty to use the first of
     *     {@code ./musicbot.yml} and {@code <home>/config/musicbot.yml} that exists
     * @param home the installation directory, if running from the distribution
     * @param envFile the {@code .env} file (may be missing)
     * @param overrides {@code --set} values by dotted key
     * @param environment the process environment
     */
    public record Request(
            Optional<Path> configFile,
            Optional<Path> home,
            Path envFile,
            Map<String, String> overrides,
            Map<String, String> environment) {}

    /**
     * Loads, binds and validates.
     *
     * @param request what to load
     * @param requireToken whether a missing Discord token is a problem (it is for {@code run})
     * @return the effective configuration
     * @throws ConfigException listing every problem with its key
     */
    public static LoadedConfig load(Request request, boolean requireToken) {
        KeyLookup lookup = new KeyLookup(request.overrides(), request.environment(), DotEnv.read(request.envFile()));
        Optional<Path> source = locate(request);
        ObjectNode fileTree = source.map(ConfigLoader::readYaml).orElseGet(ConfigMapper.YAML::createObjectNode);

        Platform platform = platform(lookup, fileTree);
        PlatformProfile profile = PlatformProfile.of(platform);
        ObjectNode tree = defaults(profile);
        request.home()
                .ifPresent(
                        home -> tree.put("plugins-dir", home.resolve("plugins").toString()));
        ConfigMapper.deepMerge(tree, fileTree);
        Overlay.apply(tree, BotConfig.class, "", lookup);
        tree.put("platform", platform.key());

        BotConfig config = ConfigMapper.bind(tree, BotConfig.class, "");
        List<ConfigException.ConfigProblem> problems = new ArrayList<>(ConfigValidator.check(config, requireToken));
        lookup.unusedCommandLineKeys().stream()
                .sorted()
                .forEach(key -> problems.add(new ConfigException.ConfigProblem(key, "unknown key given with --set")));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new LoadedConfig(config, profile, source, lookup);
    }

    private static Optional<Path> locate(Request request) {
        if (request.configFile().isPresent()) {
            Path file = request.configFile().get();
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("--config", "file not found: " + file);
            }
            return Optional.of(file);
        }
        List<Path> candidates = new ArrayList<>(List.of(Path.of("musicbot.yml")));
        request.home().ifPresent(home -> candidates.add(home.resolve("config").resolve("musicbot.yml")));
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private static Platform platform(KeyLookup lookup, ObjectNode fileTree) {
        Optional<String> chosen = lookup.find("platform")
                .or(() -> Optional.ofNullable(fileTree.get("platform")).map(JsonNode::asText));
        if (chosen.isEmpty() || chosen.get().isBlank()) {
            return Platform.current();
        }
        try {
            return Platform.parse(chosen.get().strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("platform", e.getMessage());
        }
    }

    private static ObjectNode defaults(PlatformProfile profile) {
        ObjectNode tree;
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            tree = (ObjectNode) ConfigMapper.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode tuning = tree.putObject("tuning");
        tuning.put("workers", profile.workers());
        tuning.put("cache-size", profile.cacheSize());
        tuning.put("buffer-ms", profile.bufferMs());
        tuning.put("opus-quality", profile.opusQuality());
        tuning.put("resampling-quality", profile.resamplingQuality());
        tuning.put("max-processes", profile.maxProcesses());
        return tree;
    }

    private static ObjectNode readYaml(Path file) {
        try {
            JsonNode node = ConfigMapper.YAML.readTree(file.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return ConfigMapper.YAML.createObjectNode();
            }
            if (!(node instanceof ObjectNode object)) {
                throw new ConfigException("(root)", file + " must be a YAML mapping of keys to values");
            }
            return object;
        } catch (IOException e) {
            throw new ConfigException("(file)", "cannot read " + file + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : text.lines().findFirst().orElse(text);
    }
}
