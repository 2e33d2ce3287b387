package dev.musicbot.plugin.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioAnalysis;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.HttpRequestRecord;
import dev.musicbot.testkit.audio.ReceivedAudio;
import dev.musicbot.ytdlp.testing.Scripts;
import dev.musicbot.ytdlp.testing.SimListening;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SponsorBlock end to end: the real runtime with the youtube plugin, the real yt-dlp behind a wrapper that sends
 * watch URLs to loopback files, and a loopback SponsorBlock server. Every fixture is a 440 Hz tone with a stretch at
 * 1000 Hz, which the server names as a segment: the decoded audio the simulator receives must never hold 1000 Hz,
 * while the 440 Hz around it is all heard; a server that fails or hangs lets the whole track play.
 */
class SponsorBlockIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration LENGTH = Duration.ofSeconds(8);
    private static final double MUSIC_HZ = 440;
    private static final double SEGMENT_HZ = 1000;
    /** Analysis windows: 100 ms, every 50 ms. */
    private static final int WINDOW = 4800;

    private static final int HOP = 2400;

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private AudioHttpServer sponsorBlock;
    private DiscordSimulator sim;
    private SimGuild guild;
    private Path wrapper;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        sponsorBlock = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("SponsorBlock Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .owner("alice")
                .voiceState("alice", "Music")
                .create();
        LinkedHashMap<String, String> rewrites = new LinkedHashMap<>();
        rewrites.put("https://www.youtube.com/watch\\?v=*", "\"" + http.url("") + "/${a#*v=}.webm\"");
        wrapper = Scripts.wrapper(dir, "yt-dlp-wrapper", "", rewrites);
    }

    @AfterEach
    void stop() {
        sim.close();
        sponsorBlock.close();
        http.close();
    }

    /** A video whose audio is 440 Hz with 1000 Hz from {@code from} to {@code to} seconds. */
    private void video(String id, int from, int to) {
        Path file = AudioFixtures.sineWithStretch(
                dir,
                AudioFileFormat.WEBM_OPUS,
                id,
                LENGTH,
                MUSIC_HZ,
                SEGMENT_HZ,
                Duration.ofSeconds(from),
                Duration.ofSeconds(to));
        http.serve("/" + id + ".webm", file);
    }

    /** SponsorBlock's answer for the video's hash prefix: its segments, and another video's that shares it. */
    private void segments(String id, String segmentsJson) {
        String body = """
                [{"videoID":"someoneElse","hash":"%1$s0000","segments":[{"category":"sponsor","actionType":"skip",\
                "segment":[5.0,7.0],"UUID":"x1","videoDuration":8.0,"locked":0,"votes":9,"description":""}]},
                 {"videoID":"%2$s","hash":"%1$s","segments":%3$s}]""".formatted(prefix(id), id, segmentsJson);
        sponsorBlock.serve(
                "/api/skipSegments/" + prefix(id), body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static String segment(String category, double from, double to) {
        return """
                {"category":"%s","actionType":"skip","segment":[%s,%s],"UUID":"u-%s","videoDuration":8.0,\
                "locked":0,"votes":3,"description":""}""".formatted(category, from, to, category);
    }

    private static String prefix(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private Bot startBot(Map<String, String> extra) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "plugins.youtube.yt-dlp",
                wrapper.toString(),
                "sources.http.allow",
                "127.0.0.1",
                "plugins.youtube.sponsorblock.base-url",
                sponsorBlock.url("").toString(),
                // generous: the first request of a cold JVM on a loaded machine may take a second
                "plugins.youtube.sponsorblock.timeout-millis",
                "3000"));
        settings.putAll(extra);
        Bot bot = BotHarness.start(sim, dir, settings);
        sim.awaitCommand("play", WAIT);
        return bot;
    }

    private SimMessage command(String name, Map<String, String> options, Predicate<String> content) {
        return SimListening.reply(sim.slash(guild, "alice", name, options), content, WAIT);
    }

    private void play(String id) {
        command("play", Map.of("query", "https://www.youtube.com/watch?v=" + id), text -> text.contains(id));
    }

    /**
     * Everything sent, once nearly {@code expectedSeconds} of audio arrived and then the bot stayed quiet for three
     * seconds (the pause while yt-dlp loads the next track may be as long).
     */
    private ReceivedAudio listenToTheEnd(SimVoice voice, double expectedSeconds) {
        voice.awaitAudio(Duration.ofMillis(Math.round((expectedSeconds - 0.5) * 1000)), Duration.ofSeconds(120));
        voice.awaitSilence(Duration.ofSeconds(3), Duration.ofSeconds(90));
        return voice.received();
    }

    /** Seconds of audio (in 50 ms steps) where a tone is clearly there. */
    private static double secondsOf(double[] mono, double hz) {
        int windows = 0;
        for (int at = 0; at + WINDOW <= mono.length; at += HOP) {
            double[] window = java.util.Arrays.copyOfRange(mono, at, at + WINDOW);
            if (AudioAnalysis.amplitudeAt(window, ReceivedAudio.SAMPLE_RATE, hz) > 0.1) {
                windows++;
            }
        }
        return windows * HOP / (double) ReceivedAudio.SAMPLE_RATE;
    }

    /**
     * The 1000 Hz tone's amplitude in a window, and how much it stands out from its neighbours 150 Hz either side
     * (far outside a 100 ms window's main lobe): a tone stands out many times over; the click where two stretches
     * of Opus are spliced (a seek, or the next track) is broadband and does not.
     */
    private static double[] segmentTone(double[] window) {
        double tone = AudioAnalysis.amplitudeAt(window, ReceivedAudio.SAMPLE_RATE, SEGMENT_HZ);
        double neighbours = Math.max(
                AudioAnalysis.amplitudeAt(window, ReceivedAudio.SAMPLE_RATE, SEGMENT_HZ - 150),
                AudioAnalysis.amplitudeAt(window, ReceivedAudio.SAMPLE_RATE, SEGMENT_HZ + 150));
        return new double[] {tone, tone / Math.max(neighbours, 1e-4)};
    }

    /** The loudest 1000 Hz component in any 100 ms of the audio. */
    private static double loudestSegmentTone(double[] mono) {
        double loudest = 0;
        for (int at = 0; at + WINDOW <= mono.length; at += HOP) {
            loudest = Math.max(loudest, segmentTone(java.util.Arrays.copyOfRange(mono, at, at + WINDOW))[0]);
        }
        return loudest;
    }

    /** Windows where 1000 Hz is a tone: above 0.01 (-34 dB below the tones here) and 3 times its neighbours. */
    private static String whereTheSegmentToneIs(double[] mono) {
        StringBuilder found = new StringBuilder();
        for (int at = 0; at + WINDOW <= mono.length; at += HOP) {
            double[] tone = segmentTone(java.util.Arrays.copyOfRange(mono, at, at + WINDOW));
            if (tone[0] > 0.01 && tone[1] > 3) {
                found.append(String.format(
                        java.util.Locale.ROOT,
                        " %.2fs:%.3f(x%.1f)",
                        at / (double) ReceivedAudio.SAMPLE_RATE,
                        tone[0],
                        tone[1]));
            }
        }
        return found.toString();
    }

    /** Every window where 1000 Hz shows above 0.01, with how much it stands out, for the log. */
    private static String segmentToneTrace(double[] mono) {
        StringBuilder found = new StringBuilder();
        for (int at = 0; at + WINDOW <= mono.length; at += HOP) {
            double[] tone = segmentTone(java.util.Arrays.copyOfRange(mono, at, at + WINDOW));
            if (tone[0] > 0.01) {
                found.append(String.format(
                        java.util.Locale.ROOT,
                        " %.2fs:%.3f(x%.1f)",
                        at / (double) ReceivedAudio.SAMPLE_RATE,
                        tone[0],
                        tone[1]));
            }
        }
        return found.toString();
    }

    private List<String> notices() {
        return sim.channelMessages(guild.channel("general")).stream()
                .map(SimMessage::content)
                .filter(text -> text.startsWith("Skipped"))
                .toList();
    }

    @Test
    void segmentsInTheMiddleAtTheStartAndAtTheEndAreNeverHeard() {
        video("sponsorMid1", 2, 4);
        segments("sponsorMid1", "[" + segment("sponsor", 2.0, 4.0) + "," + segment("selfpromo", 6.0, 6.5) + "]");
        video("sponsorAt00", 0, 2);
        segments("sponsorAt00", "[" + segment("music_offtopic", 0.0, 1.2) + "," + segment("sponsor", 1.0, 2.0) + "]");
        video("sponsorEnd1", 6, 8);
        segments("sponsorEnd1", "[" + segment("outro", 6.0, 8.0) + "]");

        try (Bot _ = startBot(Map.of())) {
            SimMessage chosen = command(
                    "sponsorblock",
                    Map.of("mode", "on", "categories", "music_offtopic, sponsor, outro"),
                    text -> text.startsWith("SponsorBlock"));
            assertThat(chosen.content())
                    .isEqualTo("SponsorBlock is on: I skip non-music (`music_offtopic`), sponsor (`sponsor`), "
                            + "outro (`outro`) segments in YouTube videos.");
            play("sponsorMid1");
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            play("sponsorAt00");
            play("sponsorEnd1");

            double[] heard = listenToTheEnd(voice, 18).mono();
            System.out.printf(
                    "SponsorBlockIT: loudest 1000 Hz in 100 ms: %.4f; 440 Hz heard: %.2f s; 1000 Hz above 0.01 at:%s%n",
                    loudestSegmentTone(heard), secondsOf(heard, MUSIC_HZ), segmentToneTrace(heard));

            assertThat(whereTheSegmentToneIs(heard))
                    .as("no 100 ms of what was sent holds the segments' 1000 Hz as a tone")
                    .isEmpty();
            assertThat(loudestSegmentTone(heard))
                    .as("at most a splice's click (10 ms of the 0.5 tone would measure 0.1)")
                    .isLessThan(0.05);
            assertThat(secondsOf(heard, MUSIC_HZ))
                    .as("the 6 s of 440 Hz around each track's 2 s segment, three tracks")
                    .isBetween(16.5, 18.5);
            assertThat(notices())
                    .containsExactly(
                            "Skipped a sponsor segment (0:02-0:04).",
                            "Skipped a non-music and sponsor segment (0:00-0:02).",
                            "Skipped an outro segment (0:06-0:08).");
            HttpRequestRecord lookup = sponsorBlock
                    .requests("/api/skipSegments/" + prefix("sponsorMid1"))
                    .getFirst();
            String query = URLDecoder.decode(lookup.query(), StandardCharsets.UTF_8);
            assertThat(query).isEqualTo("categories=[\"music_offtopic\",\"sponsor\",\"outro\"]&actionTypes=[\"skip\"]");
            assertThat(sponsorBlock.requests())
                    .as("the server is never told the video id")
                    .noneMatch(r -> Stream.of("sponsorMid1", "sponsorAt00", "sponsorEnd1")
                            .anyMatch(id -> (r.path() + "?" + r.query() + r.headers()).contains(id)));
        }
    }

    @Test
    void aFailingOrHangingServerLetsTheWholeTrackPlay() {
        video("brokenSrv5x", 2, 4);
        sponsorBlock.status("/api/skipSegments/" + prefix("brokenSrv5x"), 503);
        video("slowSponsor", 2, 4);
        segments("slowSponsor", "[" + segment("sponsor", 2.0, 4.0) + "]");
        sponsorBlock.slow("/api/skipSegments/" + prefix("slowSponsor"), Duration.ofSeconds(10));

        try (Bot _ = startBot(Map.of())) {
            play("brokenSrv5x");
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            play("slowSponsor");

            double[] heard = listenToTheEnd(voice, 16).mono();

            assertThat(secondsOf(heard, SEGMENT_HZ))
                    .as("both tracks' 1000 Hz stretches played, nothing was skipped")
                    .isBetween(3.5, 4.5);
            assertThat(secondsOf(heard, MUSIC_HZ)).isBetween(11.0, 12.5);
            assertThat(notices()).isEmpty();
            assertThat(sponsorBlock.requests()).hasSize(2);
        }
    }

    @Test
    void theChoiceIsKeptAcrossRestartsAndOffPlaysEverything() {
        video("sponsorMid1", 2, 4);
        segments("sponsorMid1", "[" + segment("sponsor", 2.0, 4.0) + "]");

        try (Bot _ = startBot(Map.of())) {
            SimMessage unknown = command(
                    "sponsorblock", Map.of("mode", "on", "categories", "sponsor, ads"), text -> !text.isBlank());
            assertThat(unknown.ephemeral()).isTrue();
            assertThat(unknown.content()).startsWith("I don't know the category `ads`. Pick from: `music_offtopic`");
            assertThat(command("sponsorblock", Map.of("mode", "off"), text -> !text.isBlank())
                            .content())
                    .isEqualTo("SponsorBlock is off: YouTube videos play in full.");
        }
        try (Bot _ = startBot(Map.of())) {
            assertThat(command("sponsorblock", Map.of("mode", "show"), text -> !text.isBlank())
                            .content())
                    .isEqualTo("SponsorBlock is off (when on, it skips non-music (`music_offtopic`), "
                            + "sponsor (`sponsor`), self-promotion (`selfpromo`) segments).");
            assertThat(sim.awaitCommand("sponsorblock", WAIT)
                            .path("name_localizations")
                            .path("vi")
                            .asText())
                    .isEqualTo("bỏ-qua-tài-trợ");
            guild.member("alice").useLocale("vi");
            assertThat(command("sponsorblock", Map.of("mode", "show"), text -> !text.isBlank())
                            .content())
                    .isEqualTo("SponsorBlock đang tắt (khi bật, nó bỏ qua các đoạn không phải nhạc (`music_offtopic`), "
                            + "quảng cáo tài trợ (`sponsor`), tự quảng bá (`selfpromo`)).");
            guild.member("alice").useLocale("en-US");
            play("sponsorMid1");
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            double[] heard = listenToTheEnd(voice, 8).mono();
            assertThat(secondsOf(heard, SEGMENT_HZ)).isBetween(1.5, 2.5);
            assertThat(sponsorBlock.requests())
                    .as("nothing is looked up while off")
                    .isEmpty();
        }
    }
}
