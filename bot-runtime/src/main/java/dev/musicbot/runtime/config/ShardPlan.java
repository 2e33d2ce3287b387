package dev.musicbot.runtime.config;

import dev.musicbot.runtime.config.ConfigException.ConfigProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which gateway shards this process runs, parsed from {@code discord.shards}.
 *
 * @param total the bot's shard count across every process, or {@link #AUTO} for Discord's recommendation
 * @param ids the shards this process runs, ascending; empty means every shard
 */
public record ShardPlan(int total, List<Integer> ids) {
    /** {@link #total()} when Discord's recommendation decides. */
    public static final int AUTO = 0;

    static final String TOTAL_KEY = "discord.shards.total";
    static final String IDS_KEY = "discord.shards.ids";
    private static final Pattern ITEM = Pattern.compile("(\\d{1,5})(?:\\s*-\\s*(\\d{1,5}))?");

    public ShardPlan {
        ids = List.copyOf(ids);
    }

    /** One process running every shard of one: the default, as before sharding existed. */
    public static ShardPlan single() {
        return new ShardPlan(1, List.of());
    }

    /** Whether Discord's recommendation decides the total. */
    public boolean auto() {
        return total == AUTO;
    }

    /** The shards this process runs once the total is known. */
    public List<Integer> idsOf(int resolvedTotal) {
        if (!ids.isEmpty()) {
            return ids;
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < resolvedTotal; i++) {
            all.add(i);
        }
        return all;
    }

    /** Discord's routing: the shard that receives a guild's events. */
    public static int shardOf(long guildId, int total) {
        return (int) ((guildId >>> 22) % total);
    }

    /**
     * Parses the settings.
     *
     * @throws ConfigException naming the key and the problem
     */
    public static ShardPlan parse(String total, List<String> ids) {
        List<ConfigProblem> problems = new ArrayList<>();
        ShardPlan plan = parse(total, ids, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return plan;
    }

    /** Parses the settings, adding each problem to {@code problems} (the plan is then meaningless). */
    static ShardPlan parse(String total, List<String> ids, List<ConfigProblem> problems) {
        int count = total(total, problems);
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String entry : ids) {
            for (String item : entry.split(",")) {
                range(item.strip(), chosen, problems);
            }
        }
        if (count == AUTO && !chosen.isEmpty()) {
            problems.add(new ConfigProblem(
                    IDS_KEY,
                    "needs a fixed " + TOTAL_KEY + ": with 'auto' each process could be told a different total; set"
                            + " the same number in every process, or leave the ids empty to run every shard"));
        } else if (count > AUTO && !chosen.isEmpty() && chosen.last() >= count) {
            problems.add(new ConfigProblem(
                    IDS_KEY,
                    "shard " + chosen.last() + " is outside 0-" + (count - 1) + " (" + TOTAL_KEY + " is " + count
                            + ")"));
        }
        return new ShardPlan(count, List.copyOf(chosen));
    }

    private static int total(String total, List<ConfigProblem> problems) {
        String value = total == null ? "" : total.strip().toLowerCase(Locale.ROOT);
        if (value.equals("auto")) {
            return AUTO;
        }
        try {
            int count = Integer.parseInt(value);
            if (count >= 1 && count <= 100_000) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(
                new ConfigProblem(TOTAL_KEY, "must be a number of shards (1 or more) or 'auto', got '" + total + "'"));
        return 1;
    }

    private static void range(String item, TreeSet<Integer> chosen, List<ConfigProblem> problems) {
        Matcher m = ITEM.matcher(item);
        if (!m.matches()) {
            problems.add(new ConfigProblem(
                    IDS_KEY, "'" + item + "' is not a shard number or range (write 2, 0-3 or a list such as 0-1,4)"));
            return;
        }
        int low = Integer.parseInt(m.group(1));
        int high = m.group(2) == null ? low : Integer.parseInt(m.group(2));
        if (high < low) {
            problems.add(new ConfigProblem(IDS_KEY, "'" + item + "' runs backwards (write the lower shard first)"));
            return;
        }
        for (int i = low; i <= high; i++) {
            if (!chosen.add(i)) {
                problems.add(new ConfigProblem(IDS_KEY, "shard " + i + " is listed twice"));
                return;
            }
        }
    }

    /** {@code 0-3} or {@code 0-1,4}: the ids as a setting. */
    public static String describe(List<Integer> ids) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < ids.size()) {
            int j = i;
            while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) {
                j++;
            }
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(ids.get(i));
            if (j > i) {
                text.append('-').append(ids.get(j));
            }
            i = j + 1;
        }
        return text.toString();
    }
}
