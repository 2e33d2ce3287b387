package dev.musicbot.plugin.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.Severity;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.testkit.RecordingPluginContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpotifyPluginTest {
    private static final String TRACK = "spotify:track:0VjIjW4GlUZAMYd2vXMi3b";

    @TempDir
    Path dataDir;

    private SourceResolver start(SpotifyConfig config) {
        RecordingPluginContext ctx =
                new RecordingPluginContext("spotify", dataDir, Map.of(SpotifyConfig.class, type -> config));
        new SpotifyPlugin(Clock.systemUTC()).start(ctx);
        assertThat(ctx.extensions(SourceResolver.class)).hasSize(1);
        SourceResolver resolver = ctx.extensions(SourceResolver.class).getFirst();
        assertThat(resolver.id()).isEqualTo("spotify");
        assertThat(resolver.priority()).isEqualTo(10);
        return resolver;
    }

    @Test
    void withoutCredentialsItStartsAndAnswersSpotifyLinksWithWhatIsMissing() {
        SourceResolver resolver = start(new SpotifyConfig(" ", null, null, null, null, null));

        ResolveResult result = resolver.resolve(new TrackQuery(TRACK));

        assertThat(result).isInstanceOf(ResolveResult.Failed.class);
        ResolveResult.Failed failed = (ResolveResult.Failed) result;
        assertThat(failed.error().getMessage())
                .startsWith("Spotify links need SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET");
        assertThat(failed.error().severity()).isEqualTo(Severity.COMMON);
    }

    @Test
    void marketIsSentWithEveryRequest() {
        try (LoopbackSpotify spotify = LoopbackSpotify.start(SpotifyPluginTest.class)) {
            spotify.on("/v1/tracks/0VjIjW4GlUZAMYd2vXMi3b", spotify.fixture("track"));
            SourceResolver resolver =
                    start(new SpotifyConfig("id", "secret", spotify.apiBase(), spotify.authBase(), "de", null));

            resolver.resolve(new TrackQuery(TRACK));

            assertThat(spotify.requests("/v1/tracks/0VjIjW4GlUZAMYd2vXMi3b")
                            .getFirst()
                            .query())
                    .isEqualTo("market=DE");
        }
    }
}
