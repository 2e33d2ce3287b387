package dev.musicbot.runtime.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sedmelluq.discord.lavaplayer.player.DefaultAudioPlayerManager;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.testkit.SourceResolverContract;
import dev.musicbot.runtime.audio.AddressGuard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in HTTP source meets the resolver contract; its own queries here never leave the machine. */
class HttpSourceResolverContractTest extends SourceResolverContract {

    @Override
    protected SourceResolver resolver() {
        return new HttpSourceResolver(
                new DefaultAudioPlayerManager(), new AddressGuard(List.of()), java.time.Duration.ofSeconds(10));
    }

    @Override
    protected List<TrackQuery> ownQueries() {
        return List.of(
                new TrackQuery("http://127.0.0.1:9/song.mp3"),
                new TrackQuery("https://localhost/stream.ogg"),
                new TrackQuery("http://10.0.0.8/radio"));
    }

    @Override
    protected List<TrackQuery> foreignQueries() {
        return List.of(new TrackQuery("never gonna give you up"), new TrackQuery("ytsearch:lofi"));
    }

    @Test
    void privateAddressesAreRefusedBeforeAnyRequest() {
        ResolveResult result = resolver().resolve(new TrackQuery("http://192.168.1.20/song.mp3"));
        assertThat(result).isInstanceOfSatisfying(ResolveResult.Failed.class, failed -> assertThat(
                        failed.error().getMessage())
                .contains("private or local network"));
    }
}
