package dev.musicbot.bench;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each {@code /filter} preset and {@code /normalize} cost: the same guilds keep playing the passthrough
 * fixtures while each setting is turned on in all of them (LavaPlayer swaps the chain of the playing track), a
 * warm-up, then a window of process CPU. The first window is passthrough itself and the second plain
 * transcoding ({@code /volume 90}: decoded and encoded again, no filter), so every figure has both beside it.
 */
final class FilterWindows {
    /** Every setting the bench knows, in the order it measures them. */
    static final List<String> ALL = List.of(
            "passthrough",
            "transcode",
            "bassboost",
            "nightcore",
            "vaporwave",
            "karaoke",
            "8d",
            "tremolo",
            "vibrato",
            "lowpass",
            "normalize");

    private static final Logger log = LoggerFactory.getLogger(FilterWindows.class);
    private static final String MEMBER = "alice";

    private final BenchOptions options;
    private final DiscordSimulator sim;
    private final BotChild bot;
    private final List<SimGuild> guilds;

    FilterWindows(BenchOptions options, DiscordSimulator sim, BotChild bot, List<SimGuild> guilds) {
        this.options = options;
        this.sim = sim;
        this.bot = bot;
        this.guilds = guilds;
    }

    /** The settings to measure: passthrough and plain transcoding first, then those asked for, in order. */
    static List<String> settings(List<String> asked) {
        if (asked.isEmpty()) {
            return List.of();
        }
        return ALL.stream()
                .filter(s -> s.equals("passthrough") || s.equals("transcode") || asked.contains(s))
                .toList();
    }

    /** Measures every setting on the guilds, which are playing the passthrough fixtures. */
    List<Figures.FilterCost> run() throws Exception {
        List<Figures.FilterCost> costs = new ArrayList<>();
        for (String setting : settings(options.filters())) {
            send(on(setting));
            costs.add(measure(setting));
            send(off(setting));
        }
        return withRatios(costs);
    }

    private Figures.FilterCost measure(String setting) throws Exception {
        Thread.sleep(options.warmupSeconds() * 1000L);
        log.info("bench: measuring {} streams with {} for {} s", guilds.size(), setting, options.filterSeconds());
        guilds.forEach(g -> sim.voice(g).timeline().reset());
        Window window = Window.open(bot.jvm());
        Thread.sleep(options.filterSeconds() * 1000L);
        long end = System.nanoTime();
        int playing = (int) guilds.stream()
                .filter(g -> sim.voice(g).timeline().summary(end).packets() > 1)
                .count();
        Figures.Process process = window.close(playing);
        return new Figures.FilterCost(
                setting, guilds.size(), playing, process.cpuPercentPerStream(), process.liveOpusEncoders(), 0, 0);
    }

    /** Adds each setting's ratio to the passthrough and to the plain transcoding figures. */
    private static List<Figures.FilterCost> withRatios(List<Figures.FilterCost> costs) {
        double passthrough = perStream(costs, "passthrough");
        double transcode = perStream(costs, "transcode");
        return costs.stream()
                .map(c -> new Figures.FilterCost(
                        c.setting(),
                        c.guilds(),
                        c.streams(),
                        c.cpuPercentPerStream(),
                        c.liveOpusEncoders(),
                        passthrough == 0 ? 0 : Window.round2(c.cpuPercentPerStream() / passthrough),
                        transcode == 0 ? 0 : Window.round2(c.cpuPercentPerStream() / transcode)))
                .toList();
    }

    private static double perStream(List<Figures.FilterCost> costs, String setting) {
        return costs.stream()
                .filter(c -> c.setting().equals(setting))
                .mapToDouble(Figures.FilterCost::cpuPercentPerStream)
                .findFirst()
                .orElse(0);
    }

    private static Command on(String setting) {
        return switch (setting) {
            case "passthrough" -> null;
            case "transcode" -> new Command("volume", Map.of("level", 90));
            case "normalize" -> new Command("normalize", Map.of("mode", "on"));
            default -> new Command("filter", Map.of("preset", setting));
        };
    }

    private static Command off(String setting) {
        return switch (setting) {
            case "passthrough" -> null;
            case "transcode" -> new Command("volume", Map.of("level", 100));
            case "normalize" -> new Command("normalize", Map.of("mode", "off"));
            default -> new Command("filter", Map.of("preset", "off"));
        };
    }

    private void send(Command command) {
        if (command == null) {
            return;
        }
        List<SimInteraction> sent = guilds.stream()
                .map(g -> sim.slash(g, MEMBER, command.name(), command.options()))
                .toList();
        sent.forEach(s -> s.awaitCallback(java.time.Duration.ofSeconds(60)));
    }

    private record Command(String name, Map<String, ?> options) {}
}
