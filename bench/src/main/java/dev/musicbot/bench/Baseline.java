package dev.musicbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.player.DefaultAudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.player.FunctionalResultHandler;
import com.sedmelluq.discord.lavaplayer.source.http.HttpAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import com.sedmelluq.discord.lavaplayer.track.playback.MutableAudioFrame;
import com.sedmelluq.discord.lavaplayer.track.playback.NonAllocatingAudioFrameBuffer;
import dev.musicbot.testkit.audio.PacketTimeline;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline, run in its own JVM: bare LavaPlayer players (one manager, non-allocating frame buffers, the
 * HTTP source) pulled by one 20 ms loop, with nothing of the bot around them. Driven through standard input
 * ({@code start}, {@code reset}, {@code report}, {@code quit}); answers on standard output.
 *
 * <p>Arguments: the stream URLs, one per player (players take them in turn).
 */
public final class Baseline {
    private final AudioPlayerManager manager = new DefaultAudioPlayerManager();
    private final List<Player> players = new ArrayList<>();
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();

    private Baseline() {
        manager.getConfiguration().setFrameBufferFactory(NonAllocatingAudioFrameBuffer::new);
        manager.registerSourceManager(new HttpAudioSourceManager());
    }

    public static void main(String[] args) throws Exception {
        Baseline baseline = new Baseline();
        System.out.println("IDLE");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            switch (line.trim()) {
                case "start" -> baseline.start(List.of(args));
                case "reset" -> baseline.reset();
                case "report" ->
                    System.out.println("REPORT " + new ObjectMapper().writeValueAsString(baseline.report()));
                case "quit" -> {
                    baseline.loop.shutdownNow();
                    baseline.manager.shutdown();
                    return;
                }
                default -> System.out.println("UNKNOWN " + line);
            }
        }
    }

    private void start(List<String> urls) throws Exception {
        List<CompletableFuture<AudioTrack>> loads = new ArrayList<>();
        for (String url : urls) {
            CompletableFuture<AudioTrack> track = new CompletableFuture<>();
            manager.loadItem(
                    url,
                    new FunctionalResultHandler(
                            track::complete,
                            playlist -> track.completeExceptionally(new IllegalStateException("a playlist")),
                            () -> track.completeExceptionally(new IllegalStateException("no match: " + url)),
                            track::completeExceptionally));
            loads.add(track);
        }
        for (CompletableFuture<AudioTrack> load : loads) {
            AudioPlayer player = manager.createPlayer();
            player.playTrack(load.get(60, TimeUnit.SECONDS));
            players.add(new Player(player));
        }
        loop.scheduleAtFixedRate(this::tick, 20, 20, TimeUnit.MILLISECONDS);
        System.out.println("PLAYING " + players.size());
    }

    private void tick() {
        long now = System.nanoTime();
        for (Player player : players) {
            player.pull(now);
        }
    }

    private void reset() {
        players.forEach(Player::reset);
        System.out.println("RESET");
    }

    private List<Map<String, Object>> report() {
        long now = System.nanoTime();
        List<Map<String, Object>> guilds = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            Player player = players.get(i);
            PacketTimeline.Summary s = player.timeline.summary(now);
            Map<String, Object> guild = new LinkedHashMap<>();
            guild.put("guild", "baseline-" + i);
            guild.put("summary", s);
            guild.put("framesMissed", player.missed.get());
            guilds.add(guild);
        }
        return guilds;
    }

    /** One player and what its pulls produced. */
    private static final class Player {
        private final AudioPlayer player;
        private final MutableAudioFrame frame = new MutableAudioFrame();
        private final PacketTimeline timeline = new PacketTimeline();
        private final AtomicLong missed = new AtomicLong();
        private int sequence;

        Player(AudioPlayer player) {
            this.player = player;
            frame.setBuffer(ByteBuffer.allocate(1024));
        }

        void pull(long now) {
            if (player.provide(frame)) {
                timeline.record(now, sequence++ & 0xFFFF, frame.getDataLength());
            } else if (player.getPlayingTrack() != null && !player.isPaused()) {
                missed.incrementAndGet();
            }
        }

        void reset() {
            timeline.reset();
            missed.set(0);
        }
    }
}
