package dev.musicbot.runtime.source;

import com.sedmelluq.discord.lavaplayer.player.AudioLoadResultHandler;
import com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager;
import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.track.AudioPlaylist;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackInfo;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.AddressPolicy;
import dev.musicbot.api.source.BlockedAddressException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.text.Text;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import dev.musicbot.runtime.audio.ProbedTracks;
import dev.musicbot.runtime.audio.SlowServer;
import dev.musicbot.runtime.command.RuntimeMessages;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plain HTTP and HTTPS audio links (MP3, Ogg, WebM, M4A, WAV, FLAC, streams), probed by LavaPlayer. The
 * lowest-priority resolver: site-specific resolvers get their URLs first. Private and loopback addresses are
 * refused unless {@code sources.http.allow} names them.
 */
public final class HttpSourceResolver implements SourceResolver {
    private static final long PROBE_TIMEOUT_SECONDS = 20;
    private static final int MAX_LIST_BYTES = 512 * 1024;

    private final AudioPlayerManager manager;
    private final AddressPolicy guard;
    private final ProbedTracks probed;
    private final Duration timeout;
    private final ListFetcher lists;

    /**
     * A resolver whose probed tracks nobody picks up.
     *
     * @param manager the engine that probes links
     * @param guard the address guard
     * @param timeout how long the engine waits for a server (its HTTP client is configured with it)
     */
    public HttpSourceResolver(AudioPlayerManager manager, AddressPolicy guard, Duration timeout) {
        this(manager, guard, new ProbedTracks(), timeout);
    }

    /**
     * A resolver that keeps the tracks it loads in {@code probed}, for the player to play without loading again.
     *
     * @param manager the engine that probes links
     * @param guard the address guard
     * @param probed where probed tracks wait for the player
     * @param timeout how long the engine waits for a server (its HTTP client is configured with it)
     */
    public HttpSourceResolver(AudioPlayerManager manager, AddressPolicy guard, ProbedTracks probed, Duration timeout) {
        this(manager, guard, probed, timeout, Duration.ofSeconds(PROBE_TIMEOUT_SECONDS));
    }

    /**
     * Creates the resolver.
     *
     * @param listDeadline how long fetching an M3U list may take in all, body included
     */
    HttpSourceResolver(
            AudioPlayerManager manager,
            AddressPolicy guard,
            ProbedTracks probed,
            Duration timeout,
            Duration listDeadline) {
        this.manager = manager;
        this.guard = guard;
        this.probed = probed;
        this.timeout = timeout;
        this.lists = new ListFetcher(listDeadline, MAX_LIST_BYTES);
    }

    @Override
    public String id() {
        return "http";
    }

    @Override
    public int priority() {
        return -100;
    }

    @Override
    public boolean accepts(TrackQuery query) {
        return query.url().isPresent();
    }

    @Override
    public ResolveResult resolve(TrackQuery query) {
        URI uri = query.url().orElseThrow();
        InetAddress[] checked;
        try {
            checked = guard.resolve(uri.getHost());
        } catch (BlockedAddressException e) {
            return failed("http.private");
        } catch (UnknownHostException e) {
            return failed("http.unknown-host", uri.getHost());
        }
        if (M3uPlaylist.looksLikeOne(uri)) {
            Optional<ResolveResult> list = playlist(uri, checked);
            if (list.isPresent()) {
                return list.get();
            }
        }
        return probe(uri);
    }

    /**
     * A plain M3U list as a playlist; empty when it is an HLS stream (the engine plays those). Fetched from the
     * addresses the guard checked, within one deadline.
     */
    private Optional<ResolveResult> playlist(URI uri, InetAddress[] checked) {
        String text;
        try {
            ListFetcher.Fetched response = lists.fetch(uri, checked);
            if (response.status() != 200) {
                return Optional.of(failed("http.playlist-status", response.status()));
            }
            text = response.text();
        } catch (ListFetcher.DeadlineException e) {
            return Optional.of(failed("http.playlist-slow", lists.deadline().toSeconds()));
        } catch (IOException e) {
            return Optional.of(failed("http.playlist-unreadable", String.valueOf(e.getMessage())));
        }
        return M3uPlaylist.parse(uri, text)
                .map(tracks -> tracks.isEmpty()
                        ? new ResolveResult.NoMatch(RuntimeMessages.text("http.playlist-empty"))
                        : new ResolveResult.Playlist(fileName(uri), tracks, -1));
    }

    private ResolveResult probe(URI uri) {
        CompletableFuture<ResolveResult> result = new CompletableFuture<>();
        manager.loadItem(uri.toString(), new AudioLoadResultHandler() {
            @Override
            public void trackLoaded(AudioTrack track) {
                probed.offer(uri.toString(), track);
                result.complete(new ResolveResult.Single(toTrack(track, uri)));
            }

            @Override
            public void playlistLoaded(AudioPlaylist playlist) {
                result.complete(new ResolveResult.Playlist(
                        playlist.getName(),
                        playlist.getTracks().stream()
                                .map(t -> toTrack(t, URI.create(t.getInfo().uri)))
                                .toList(),
                        -1));
            }

            @Override
            public void noMatches() {
                result.complete(new ResolveResult.NoMatch(RuntimeMessages.text("http.not-audio")));
            }

            @Override
            public void loadFailed(FriendlyException e) {
                Optional<Text> slow = SlowServer.describe(e, timeout);
                result.complete(
                        failed("http.failed-because", slow.isPresent() ? slow.get() : String.valueOf(e.getMessage())));
            }
        });
        try {
            // A probe may connect and wait for an answer a few times (detection, then the stream itself).
            return result.get(Math.max(PROBE_TIMEOUT_SECONDS, 3 * timeout.toSeconds()), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return failed("http.slow");
        } catch (ExecutionException e) {
            return failed("http.failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("http.interrupted");
        }
    }

    private static ResolveResult failed(String key, Object... args) {
        return new ResolveResult.Failed(new UserFacingException(RuntimeMessages.text(key, args), Severity.COMMON));
    }

    static Track toTrack(AudioTrack audio, URI uri) {
        AudioTrackInfo info = audio.getInfo();
        String title = info.title == null || info.title.isBlank() || "Unknown title".equals(info.title)
                ? fileName(uri)
                : info.title;
        String author = info.author == null || "Unknown artist".equals(info.author) ? "" : info.author;
        Duration length =
                info.isStream || info.length == Long.MAX_VALUE ? Duration.ZERO : Duration.ofMillis(info.length);
        return new Track(
                new TrackInfo(title, author, length, uri.toString(), info.artworkUrl, info.isrc),
                new PlaybackRef.Engine(uri.toString()),
                "http");
    }

    static String fileName(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        String decoded = URLDecoder.decode(last, StandardCharsets.UTF_8).strip();
        return decoded.isEmpty() ? uri.getHost() : decoded;
    }
}
