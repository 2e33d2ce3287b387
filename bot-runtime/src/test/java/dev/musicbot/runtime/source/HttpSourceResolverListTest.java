package dev.musicbot.runtime.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sedmelluq.discord.lavaplayer.player.DefaultAudioPlayerManager;
import dev.musicbot.api.source.AddressPolicy;
import dev.musicbot.api.source.BlockedAddressException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.runtime.audio.AddressGuard;
import dev.musicbot.runtime.audio.ProbedTracks;
import dev.musicbot.testkit.audio.AudioHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** M3U lists through the real resolver and a real loopback server: one checked lookup, one deadline. */
class HttpSourceResolverListTest {
    private static final Duration NEVER_HANGS = Duration.ofSeconds(60);

    private final AudioHttpServer http = AudioHttpServer.start();
    private final DefaultAudioPlayerManager manager = new DefaultAudioPlayerManager();

    @AfterEach
    void stop() {
        manager.shutdown();
        http.close();
    }

    @Test
    void aTricklingServerIsCutOffAtTheDeadline() throws InterruptedException {
        CountDownLatch cutOff = new CountDownLatch(1);
        URI slow = http.route("/slow.m3u", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            try {
                while (true) { // a byte every 100 ms: never idle long enough for a read timeout
                    body.write('#');
                    body.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                cutOff.countDown();
            }
        });
        HttpSourceResolver resolver = new HttpSourceResolver(
                manager,
                new AddressGuard(List.of("127.0.0.1")),
                new ProbedTracks(),
                Duration.ofSeconds(10),
                Duration.ofSeconds(2));

        ResolveResult result =
                assertTimeoutPreemptively(NEVER_HANGS, () -> resolver.resolve(new TrackQuery(slow.toString())));

        assertThat(result).isInstanceOfSatisfying(ResolveResult.Failed.class, failed -> assertThat(
                        failed.error().getMessage())
                .isEqualTo("That playlist took longer than 2 s to load, so I stopped. Please try again later."));
        assertThat(cutOff.await(30, TimeUnit.SECONDS))
                .as("the connection was closed")
                .isTrue();
    }

    @Test
    void theListIsFetchedFromTheAddressTheGuardCheckedWithoutASecondLookup() {
        http.serve(
                "/list.m3u",
                "#EXTM3U\n#EXTINF:3,One\nhttp://127.0.0.1/one.ogg\n".getBytes(StandardCharsets.UTF_8),
                "audio/x-mpegurl");
        AtomicInteger lookups = new AtomicInteger();
        // rebind.test answers loopback once; any later lookup would answer a private address
        AddressPolicy rebinding = host -> {
            if (lookups.getAndIncrement() == 0) {
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            }
            throw new BlockedAddressException(host, InetAddress.ofLiteral("10.0.0.5"));
        };
        HttpSourceResolver resolver = new HttpSourceResolver(manager, rebinding, Duration.ofSeconds(10));
        URI list = URI.create("http://rebind.test:" + http.url("/").getPort() + "/list.m3u");

        ResolveResult result = resolver.resolve(new TrackQuery(list.toString()));

        assertThat(result)
                .isInstanceOfSatisfying(ResolveResult.Playlist.class, playlist -> assertThat(playlist.tracks())
                        .singleElement()
                        .satisfies(track -> assertThat(track.info().title()).isEqualTo("One")));
        assertThat(lookups).hasValue(1);
        assertThat(http.requests("/list.m3u")).singleElement().satisfies(r -> assertThat(r.headers())
                .as("the name was kept for the Host header; only the connection used the checked address")
                .containsEntry("host", list.getAuthority()));
    }
}
