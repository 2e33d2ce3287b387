package dev.musicbot.runtime.config;

import java.util.List;

/** The configuration is unusable; each problem names its key. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String key, String message) {
        this(List.of(new ConfigProblem(key, message)));
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String summary(List<ConfigProblem> problems) {
        StringBuilder text = new StringBuilder("invalid configuration:");
        problems.forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        return text.toString();
    }

    /** One problem: the key (dotted path) and what is wrong with it. */
    public record ConfigProblem(String key, String message) {
        @Override
        public String toString() {
            return key + ": " + message;
        }
    }
}
