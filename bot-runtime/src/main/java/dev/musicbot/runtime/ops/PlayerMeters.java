package dev.musicbot.runtime.ops;

import dev.musicbot.runtime.discord.DiscordView;
import dev.musicbot.runtime.playback.GuildPlayers;
import dev.musicbot.runtime.playback.PlayerStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bot's gauges: {@code musicbot_guilds}, {@code musicbot_players}, {@code musicbot_players_active},
 * {@code musicbot_voice_connections}, {@code musicbot_players_state} (players by state: playing, paused, idle)
 * and {@code musicbot_queue_length} (per guild). The players are read once per scrape, not once per gauge.
 */
final class PlayerMeters {
    private final GuildPlayers players;
    private final MultiGauge queueLengths;
    private final MultiGauge states;
    private volatile List<PlayerStatus> latest = List.of();

    private PlayerMeters(GuildPlayers players, MultiGauge queueLengths, MultiGauge states) {
        this.players = players;
        this.queueLengths = queueLengths;
        this.states = states;
    }

    static PlayerMeters bind(Metrics metrics, GuildPlayers players, DiscordView discord) {
        MeterRegistry registry = metrics.registry();
        PlayerMeters meters = new PlayerMeters(
                players,
                MultiGauge.builder("musicbot.queue.length")
                        .description("Tracks waiting after the current one, per guild")
                        .register(registry),
                MultiGauge.builder("musicbot.players.state")
                        .description("Players by state: playing, paused (a track, paused) or idle (no track)")
                        .register(registry));
        Gauge.builder("musicbot.guilds", discord, DiscordView::guilds)
                .description("Guilds the bot is in")
                .strongReference(true)
                .register(registry);
        Gauge.builder("musicbot.voice.connections", discord, DiscordView::connectedVoices)
                .description("Voice connections fully connected")
                .strongReference(true)
                .register(registry);
        Gauge.builder("musicbot.players", meters, m -> m.latest.size())
                .description("Guild players created since the start")
                .strongReference(true)
                .register(registry);
        Gauge.builder("musicbot.players.active", meters, m -> m.latest.stream()
                        .filter(PlayerStatus::playing)
                        .count())
                .description("Players playing a track now (not paused)")
                .strongReference(true)
                .register(registry);
        metrics.beforeScrape(meters::refresh);
        return meters;
    }

    /** Reads the players again. */
    void refresh() {
        List<PlayerStatus> now = players.statuses();
        latest = now;
        queueLengths.register(
                now.stream()
                        .map(s -> MultiGauge.Row.of(Tags.of("guild", s.guild().toString()), s.queueLength()))
                        .toList(),
                true);
        Map<String, Long> byState =
                now.stream().collect(Collectors.groupingBy(PlayerMeters::state, Collectors.counting()));
        states.register(
                Stream.of("playing", "paused", "idle")
                        .map(state -> MultiGauge.Row.of(Tags.of("state", state), byState.getOrDefault(state, 0L)))
                        .toList(),
                true);
    }

    private static String state(PlayerStatus status) {
        if (!status.hasTrack()) {
            return "idle";
        }
        return status.playing() ? "playing" : "paused";
    }
}
