package dev.musicbot.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.musicbot.runtime.config.ConfigException.ConfigProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shard ranges a deployment file gives its bot processes, and whether they fit together: one total for all,
 * every shard run by exactly one process. Reads a Compose file (each service's {@code environment}) or
 * Kubernetes manifests (a StatefulSet whose pods take {@code MUSICBOT_SHARDS_PER_POD} consecutive shards by
 * ordinal, as {@code deploy/k8s/musicbot.yaml} does).
 */
public final class DeploymentShards {
    static final String TOTAL_VARIABLE = KeyLookup.envName(ShardPlan.TOTAL_KEY);
    static final String IDS_VARIABLE = KeyLookup.envName(ShardPlan.IDS_KEY);
    /** How many shards each StatefulSet pod runs: pod {@code n} runs {@code n*k} to {@code n*k+k-1}. */
    public static final String PER_POD_VARIABLE = "MUSICBOT_SHARDS_PER_POD";

    /**
     * One bot process of the file.
     *
     * @param name the service, or the StatefulSet pod ({@code name-ordinal})
     * @param key where its shard ids are set in the file
     * @param totalKey where its shard total is set in the file
     * @param plan its shards
     */
    public record Process(String name, String key, String totalKey, ShardPlan plan) {}

    private DeploymentShards() {}

    /** The problems of the file's shard settings, each naming where in the file it is; empty when they fit. */
    public static List<ConfigProblem> check(Path file) throws IOException {
        List<ConfigProblem> problems = new ArrayList<>();
        List<Process> processes = processes(read(file), problems);
        if (problems.isEmpty()) {
            problems.addAll(fit(file.getFileName().toString(), processes));
        }
        return problems;
    }

    /** The bot processes a file describes (services or pods that set a shard total). */
    static List<Process> processes(List<JsonNode> documents, List<ConfigProblem> problems) {
        List<Process> processes = new ArrayList<>();
        for (JsonNode document : documents) {
            document.path("services").properties().forEach(service -> compose(service.getKey(), service.getValue())
                    .ifPresent(env -> {
                        String prefix = "services." + service.getKey() + ".environment.";
                        processes.add(process(
                                service.getKey(), prefix + IDS_VARIABLE, prefix + TOTAL_VARIABLE, env, problems));
                    }));
            if (document.path("kind").asText().equals("StatefulSet")) {
                statefulSet(document, processes, problems);
            }
        }
        return processes;
    }

    private static java.util.Optional<Map<String, String>> compose(String name, JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(item -> {
                String[] parts = item.asText().split("=", 2);
                env.put(parts[0], parts.length > 1 ? parts[1] : "");
            });
        } else {
            node.properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        return env.containsKey(TOTAL_VARIABLE) ? java.util.Optional.of(env) : java.util.Optional.empty();
    }

    private static Process process(
            String name, String idsKey, String totalKey, Map<String, String> env, List<ConfigProblem> problems) {
        List<ConfigProblem> own = new ArrayList<>();
        String ids = env.getOrDefault(IDS_VARIABLE, "");
        ShardPlan plan = ShardPlan.parse(env.get(TOTAL_VARIABLE), List.of(ids), own);
        own.forEach(p ->
                problems.add(new ConfigProblem(p.key().equals(ShardPlan.TOTAL_KEY) ? totalKey : idsKey, p.message())));
        return new Process(name, idsKey, totalKey, plan);
    }

    private static void statefulSet(JsonNode set, List<Process> processes, List<ConfigProblem> problems) {
        String name = set.path("metadata").path("name").asText("statefulset");
        int replicas = set.path("spec").path("replicas").asInt(1);
        JsonNode containers = set.path("spec").path("template").path("spec").path("containers");
        for (int c = 0; c < containers.size(); c++) {
            Map<String, String> env = new LinkedHashMap<>();
            containers
                    .get(c)
                    .path("env")
                    .forEach(v ->
                            env.put(v.path("name").asText(), v.path("value").asText()));
            if (!env.containsKey(TOTAL_VARIABLE)) {
                continue;
            }
            String prefix = "StatefulSet " + name + ": spec.template.spec.containers[" + c + "].env.";
            int perPod;
            try {
                perPod = Integer.parseInt(env.getOrDefault(PER_POD_VARIABLE, ""));
            } catch (NumberFormatException e) {
                perPod = 0;
            }
            if (perPod < 1) {
                problems.add(
                        new ConfigProblem(prefix + PER_POD_VARIABLE, "must be the number of shards each pod runs"));
                continue;
            }
            for (int ordinal = 0; ordinal < replicas; ordinal++) {
                int first = ordinal * perPod;
                Map<String, String> pod = new LinkedHashMap<>(env);
                pod.put(IDS_VARIABLE, first + "-" + (first + perPod - 1));
                processes.add(process(
                        name + "-" + ordinal,
                        prefix + PER_POD_VARIABLE + " (pod " + ordinal + ")",
                        prefix + TOTAL_VARIABLE,
                        pod,
                        problems));
            }
        }
    }

    /** Whether the processes agree on the total and run each shard exactly once. */
    static List<ConfigProblem> fit(String file, List<Process> processes) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (processes.isEmpty()) {
            return List.of(new ConfigProblem(file, "no bot process sets " + TOTAL_VARIABLE));
        }
        int total = processes.getFirst().plan().total();
        Map<Integer, String> runBy = new TreeMap<>();
        for (Process process : processes) {
            if (process.plan().total() != total) {
                problems.add(new ConfigProblem(
                        process.totalKey(),
                        "is " + describe(process.plan().total()) + " but "
                                + processes.getFirst().name() + " has " + describe(total)
                                + ": every process of one bot needs the same total"));
                continue;
            }
            for (int id : process.plan().idsOf(Math.max(total, 1))) {
                String other = runBy.putIfAbsent(id, process.name());
                if (other != null) {
                    problems.add(new ConfigProblem(
                            process.key(), "shard " + id + " is run by " + other + " too (the ranges overlap)"));
                }
            }
        }
        if (total > 0 && problems.isEmpty()) {
            List<Integer> missing = new ArrayList<>();
            for (int id = 0; id < total; id++) {
                if (!runBy.containsKey(id)) {
                    missing.add(id);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(new ConfigProblem(
                        file,
                        "no process runs shard(s) " + ShardPlan.describe(missing) + " of " + total
                                + ": their guilds would get no answer"));
            }
        }
        return problems;
    }

    private static String describe(int total) {
        return total == ShardPlan.AUTO ? "auto" : Integer.toString(total);
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it =
                new YAMLMapper().readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                JsonNode next = it.nextValue();
                if (next != null) {
                    documents.add(next);
                }
            }
        }
        return documents;
    }
}
