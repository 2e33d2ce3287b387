package dev.musicbot.plugin.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.playback.SegmentProvider;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.testkit.BotPluginContract;
import dev.musicbot.api.testkit.RecordingPluginContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YouTubePluginContractTest extends BotPluginContract {
    @Override
    protected Class<? extends BotPlugin> pluginClass() {
        return YouTubePlugin.class;
    }

    @Override
    protected RecordingPluginContext contextFor(String pluginId, Path dataDir) {
        return new RecordingPluginContext(
                pluginId,
                dataDir,
                Map.of(YouTubeConfig.class, type -> new YouTubeConfig(null, null, null, null, null, null, null, null)));
    }

    @Test
    void registersTheResolverAndTheAudioSource() {
        RecordingPluginContext ctx = contextFor("youtube", tempDir);
        new YouTubePlugin().start(ctx);

        assertThat(ctx.extensions(SourceResolver.class))
                .extracting(SourceResolver::id)
                .containsExactly("youtube");
        assertThat(ctx.extensions(AudioSourceContributor.class)).singleElement().satisfies(c -> assertThat(
                        c.createSourceManager().getSourceName())
                .isEqualTo("youtube"));
    }

    @Test
    void registersSponsorBlockUnlessItIsTurnedOff() {
        RecordingPluginContext ctx = contextFor("youtube", tempDir);
        new YouTubePlugin().start(ctx);
        assertThat(ctx.extensions(SegmentProvider.class))
                .extracting(SegmentProvider::id)
                .containsExactly("sponsorblock");
        assertThat(ctx.extensions(CommandHandler.class))
                .extracting(handler -> handler.spec().name())
                .containsExactly("sponsorblock");

        RecordingPluginContext off = new RecordingPluginContext(
                "youtube",
                tempDir,
                Map.of(
                        YouTubeConfig.class,
                        type -> new YouTubeConfig(
                                null, null, null, null, null, null, null, new SponsorBlockConfig(false, null, null))));
        new YouTubePlugin().start(off);
        assertThat(off.extensions(SegmentProvider.class)).isEmpty();
        assertThat(off.extensions(CommandHandler.class)).isEmpty();
    }
}
