package dev.musicbot.runtime.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.player.DefaultAudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.player.FunctionalResultHandler;
import com.sedmelluq.discord.lavaplayer.source.local.LocalAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.text.Text;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import dev.musicbot.runtime.audio.FrameGate;
import dev.musicbot.runtime.audio.ProbedTracks;
import dev.musicbot.runtime.filter.TrackLoudness;
import dev.musicbot.runtime.plugin.ExtensionRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LavaPlayer calls a player's listeners while holding its own lock, which {@code startTrack} and
 * {@code stopTrack} take as well. This drives the real {@code DefaultAudioPlayer} hard, with commands from
 * many threads while short tracks end and broken ones fail, and a sender thread that pulls frames the way JDA's
 * audio thread does (a track's end is noticed there). Any cycle between our locks and LavaPlayer's shows up as
 * a deadlock that the JVM can name, or as a command that never returns.
 */
class GuildPlayerLockOrderTest {
    private static final GuildId GUILD = new GuildId(41);
    private static final UserId MEMBER = new UserId(42);
    private static final Duration STORM = Duration.ofSeconds(4);

    @TempDir
    Path dir;

    private final AudioPlayerManager manager = new DefaultAudioPlayerManager();
    private final ProbedTracks probed = new ProbedTracks();
    private final FakeVoice voice = new FakeVoice();
    private final CountingAnnouncer announcer = new CountingAnnouncer();
    private final PlaybackEvents events = new PlaybackEvents(new ExtensionRegistry());
    private final Autoplay autoplay = new Autoplay(List::of, 0, Duration.ofSeconds(1));

    @AfterEach
    void close() {
        voice.stop();
        autoplay.close();
        events.close();
        manager.shutdown();
    }

    @Test
    void commandsEndsAndFailuresAtOnceNeverDeadlock() throws Exception {
        manager.registerSourceManager(new LocalAudioSourceManager());
        Track good = track(wav(dir.resolve("short.wav"), 120), "short");
        Path brokenFile = dir.resolve("broken.wav");
        Files.write(brokenFile, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Track broken = track(brokenFile, "broken");
        Track missing = track(dir.resolve("missing.wav"), "missing");
        // the good song is loaded once and handed out from the probed tracks, so that its loads wait for nothing
        // and short songs end all the time; the broken ones go through LavaPlayer's loader and fail there
        AudioTrack loaded = load(good);
        GuildPlayer player = new GuildPlayer(parts(), GUILD, voice, new Tracklist(1000, 1000), () -> {});
        player.announceIn(new ChannelId(7));
        player.join(new ChannelId(8));

        int workers = 8;
        CountDownLatch done = new CountDownLatch(workers);
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        AtomicInteger commands = new AtomicInteger();
        long until = System.nanoTime() + STORM.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            threads.add(Thread.ofPlatform().name("command-" + i).daemon().start(() -> {
                try {
                    while (System.nanoTime() < until) {
                        probed.offer(identifier(good), loaded.makeClone());
                        command(player, ThreadLocalRandom.current().nextInt(12), good, broken, missing);
                        commands.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }));
        }

        if (!done.await(STORM.toSeconds() + 30, TimeUnit.SECONDS)) {
            fail("commands stopped returning after " + commands.get() + " of them:\n" + deadlocks());
        }
        assertNull(failure.get(), () -> "a command failed: " + failure.get());
        assertTrue(announcer.failures.get() > 0, "broken tracks were announced as failed");

        // still a working player: one more song plays to its end
        player.stop();
        int startsBefore = announcer.cards.get();
        player.enqueue(good, MEMBER);
        awaitTrue(() -> announcer.cards.get() > startsBefore, "the next song starts");
        awaitTrue(() -> player.current().isEmpty(), "the next song ends");
        assertEquals(Duration.ZERO, player.position());
    }

    private static void command(GuildPlayer player, int which, Track good, Track broken, Track missing) {
        try {
            switch (which) {
                case 0, 1, 2, 3 -> player.enqueue(good, MEMBER);
                case 4 -> player.enqueue(broken, MEMBER);
                case 5 -> player.enqueue(missing, MEMBER);
                case 6, 7 -> player.skip();
                case 8 -> player.setPaused(!player.isPaused());
                case 9 -> player.stop();
                case 10 -> player.previous();
                default -> {
                    player.queue();
                    player.current();
                    player.snapshot();
                }
            }
        } catch (UserFacingException refused) {
            // a full queue or nothing to seek: a polite refusal, not a hang
        }
    }

    private PlayerParts parts() {
        return new PlayerParts(
                manager,
                probed,
                TrackLoudness.inMemory(TrackLoudness.DEFAULT_TARGET_LUFS),
                query -> new ResolveResult.NoMatch("none"),
                events,
                announcer,
                List::of,
                autoplay);
    }

    private AudioTrack load(Track track) throws Exception {
        CompletableFuture<AudioTrack> loaded = new CompletableFuture<>();
        manager.loadItem(
                identifier(track),
                new FunctionalResultHandler(
                        loaded::complete,
                        list -> loaded.completeExceptionally(new AssertionError("a list")),
                        () -> loaded.completeExceptionally(new AssertionError("no match")),
                        loaded::completeExceptionally));
        return loaded.get(10, TimeUnit.SECONDS);
    }

    private static String identifier(Track track) {
        return ((PlaybackRef.Engine) track.ref()).identifier();
    }

    private static Track track(Path file, String title) {
        return new Track(TrackInfo.of(title, Duration.ofMillis(120)), new PlaybackRef.Engine(file.toString()), "local");
    }

    /** A 48 kHz stereo 16-bit WAV of a quiet tone. */
    private static Path wav(Path file, int millis) throws IOException {
        int frames = 48 * millis;
        int dataBytes = frames * 4;
        ByteBuffer out = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
        out.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
        out.putShort((short) 1).putShort((short) 2).putInt(48_000).putInt(48_000 * 4);
        out.putShort((short) 4).putShort((short) 16);
        out.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (int i = 0; i < frames; i++) {
            short sample = (short) (2000 * Math.sin(2 * Math.PI * 440 * i / 48_000.0));
            out.putShort(sample).putShort(sample);
        }
        return Files.write(file, out.array());
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what + ":\n" + deadlocks());
            }
            Thread.sleep(10);
        }
    }

    private static String deadlocks() {
        var threads = ManagementFactory.getThreadMXBean();
        long[] ids = threads.findDeadlockedThreads();
        if (ids == null) {
            StringBuilder stacks = new StringBuilder("(no deadlock the JVM can name) threads:\n");
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                stacks.append(thread).append(' ').append(thread.getState()).append('\n');
                for (int i = 0; i < Math.min(stack.length, 12); i++) {
                    stacks.append("    at ").append(stack[i]).append('\n');
                }
            });
            return stacks.toString();
        }
        StringBuilder report = new StringBuilder("deadlocked:\n");
        for (ThreadInfo info : threads.getThreadInfo(ids, true, true)) {
            report.append(info);
        }
        return report.toString();
    }

    /** Pulls frames as JDA's audio sender would, faster than real time so that short tracks end quickly. */
    private static final class FakeVoice implements VoiceLink {
        private volatile @Nullable Thread sender;
        private volatile @Nullable ChannelId channel;

        @Override
        public Optional<ChannelId> connectedChannel() {
            return Optional.ofNullable(channel);
        }

        @Override
        public void connect(ChannelId target, AudioPlayer player, FrameGate gate) {
            channel = target;
            if (sender == null) {
                sender = Thread.ofPlatform().name("fake-audio-sender").daemon().start(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        if (player.provide() == null) {
                            try {
                                Thread.sleep(1);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }
                });
            }
        }

        @Override
        public void disconnect() {
            // the sender keeps pulling, as JDA's would until the connection closed
        }

        @Override
        public boolean removedByOthers() {
            return false;
        }

        @Override
        public int listeners() {
            return 1;
        }

        void stop() {
            Thread running = sender;
            if (running != null) {
                running.interrupt();
            }
        }
    }

    private static final class CountingAnnouncer implements Announcer {
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger cards = new AtomicInteger();

        @Override
        public void say(ChannelId channel, Text text) {
            failures.incrementAndGet();
        }

        @Override
        public void trackStarted(ChannelId channel, GuildPlayback player) {
            cards.incrementAndGet();
            player.current(); // the card reads the player, as the real one does
        }
    }
}
