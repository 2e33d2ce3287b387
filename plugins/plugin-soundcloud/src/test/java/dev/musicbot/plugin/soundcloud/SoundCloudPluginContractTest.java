package dev.musicbot.plugin.soundcloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.testkit.BotPluginContract;
import dev.musicbot.api.testkit.RecordingPluginContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoundCloudPluginContractTest extends BotPluginContract {
    @Override
    protected Class<? extends BotPlugin> pluginClass() {
        return SoundCloudPlugin.class;
    }

    @Override
    protected RecordingPluginContext contextFor(String pluginId, Path dataDir) {
        return new RecordingPluginContext(
                pluginId,
                dataDir,
                Map.of(SoundCloudConfig.class, type -> new SoundCloudConfig(null, null, null, null, null)));
    }

    @Test
    void registersTheResolverFirstInLineAndTheAudioSource() {
        RecordingPluginContext ctx = contextFor("soundcloud", tempDir);
        new SoundCloudPlugin().start(ctx);

        assertThat(ctx.extensions(SourceResolver.class)).singleElement().satisfies(resolver -> {
            assertThat(resolver.id()).isEqualTo("soundcloud");
            assertThat(resolver.priority()).isEqualTo(10);
        });
        assertThat(ctx.extensions(AudioSourceContributor.class)).singleElement().satisfies(c -> assertThat(
                        c.createSourceManager().getSourceName())
                .isEqualTo("soundcloud"));
    }
}
