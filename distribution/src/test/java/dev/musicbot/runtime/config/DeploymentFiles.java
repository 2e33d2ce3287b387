package dev.musicbot.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the repository's deployment files: {@code docker-compose.yml} (with Jackson YAML), {@code env.example},
 * the {@code Dockerfile}'s {@code ENV} and {@code HEALTHCHECK} lines, and the environment variables that
 * {@code bin/musicbot} documents in its header.
 */
final class DeploymentFiles {
    /** The repository root (the build passes it; the module's parent otherwise). */
    static final Path REPOSITORY = Path.of(System.getProperty("musicbot.repository", ".."))
            .toAbsolutePath()
            .normalize();

    private static final Pattern ASSIGNMENT = Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=(.*)$");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern DOCUMENTED_VARIABLE = Pattern.compile("^#\\s+([A-Z][A-Z0-9_]*)\\s{2,}\\S.*$");
    private static final Pattern ENV_ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\\S*)");

    private DeploymentFiles() {}

    static JsonNode compose() throws IOException {
        return new YAMLMapper()
                .readTree(REPOSITORY.resolve("docker-compose.yml").toFile());
    }

    /** The variables {@code env.example} sets or shows commented out ({@code # NAME=value}), with their values. */
    static Map<String, String> envExample() throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(REPOSITORY.resolve("env.example"))) {
            Matcher matcher = ASSIGNMENT.matcher(line.strip());
            if (matcher.matches()) {
                variables.put(matcher.group(1), matcher.group(2));
            }
        }
        return variables;
    }

    /** The variables a service's {@code environment} sets, and those the file interpolates ({@code ${NAME}}). */
    static Set<String> composeVariables(JsonNode service) throws IOException {
        Set<String> names = new TreeSet<>(composeEnvironment(service).keySet());
        Matcher matcher = INTERPOLATION.matcher(Files.readString(REPOSITORY.resolve("docker-compose.yml")));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** A service's {@code environment}, in either of its forms (a mapping, or a list of {@code NAME=value}). */
    static Map<String, String> composeEnvironment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(item -> {
                String[] parts = item.asText().split("=", 2);
                environment.put(parts[0], parts.length > 1 ? parts[1] : "");
            });
        } else {
            node.properties()
                    .forEach(entry ->
                            environment.put(entry.getKey(), entry.getValue().asText()));
        }
        return environment;
    }

    /** The variables bin/musicbot documents under "Environment:" in its header. */
    static Set<String> launcherVariables() throws IOException {
        List<String> lines = Files.readAllLines(REPOSITORY.resolve("distribution/src/main/dist/bin/musicbot"));
        int start = lines.indexOf("# Environment:");
        Set<String> names = new TreeSet<>();
        for (int i = start + 1; start >= 0 && i < lines.size() && !lines.get(i).equals("#"); i++) {
            Matcher matcher = DOCUMENTED_VARIABLE.matcher(lines.get(i));
            if (matcher.matches()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The variables the Dockerfile's {@code ENV} instructions set, in any stage. */
    static Map<String, String> dockerfileEnv() throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String instruction : dockerfileInstructions()) {
            if (instruction.startsWith("ENV ")) {
                Matcher matcher = ENV_ASSIGNMENT.matcher(instruction.substring(4));
                while (matcher.find()) {
                    variables.put(matcher.group(1), matcher.group(2));
                }
            }
        }
        return variables;
    }

    /** The Dockerfile's {@code HEALTHCHECK} instruction, continuation lines joined. */
    static String dockerfileHealthcheck() throws IOException {
        return dockerfileInstructions().stream()
                .filter(instruction -> instruction.startsWith("HEALTHCHECK "))
                .findFirst()
                .orElse("");
    }

    private static List<String> dockerfileInstructions() throws IOException {
        String text = Files.readString(REPOSITORY.resolve("Dockerfile"));
        return text.replaceAll("\\\\\\n\\s*", " ")
                .lines()
                .map(String::strip)
                .filter(line -> !line.startsWith("#"))
                .toList();
    }
}
