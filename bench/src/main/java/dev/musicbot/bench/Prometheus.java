package dev.musicbot.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Samples of a Prometheus text exposition (the bot's {@code /metrics}). */
record Prometheus(List<Sample> samples) {
    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One sample: a metric name, its labels and its value. */
    record Sample(String name, Map<String, String> labels, double value) {}

    static Prometheus parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                Map<String, String> labels = new HashMap<>();
                if (m.group(3) != null) {
                    Matcher l = LABEL.matcher(m.group(3));
                    while (l.find()) {
                        labels.put(l.group(1), l.group(2));
                    }
                }
                samples.add(new Sample(m.group(1), Map.copyOf(labels), Double.parseDouble(m.group(4))));
            }
        }
        return new Prometheus(List.copyOf(samples));
    }

    /** The sum of every sample of a metric. */
    double sum(String name) {
        return samples.stream()
                .filter(s -> s.name.equals(name))
                .mapToDouble(Sample::value)
                .sum();
    }

    /** Whether the exposition has a metric of this name. */
    boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name.equals(name));
    }

    /** A metric's values by one label (for example frames by {@code guild}). */
    Map<String, Double> byLabel(String name, String label) {
        Map<String, Double> values = new HashMap<>();
        samples.stream()
                .filter(s -> s.name.equals(name) && s.labels.containsKey(label))
                .forEach(s -> values.merge(s.labels.get(label), s.value, Double::sum));
        return values;
    }
}
