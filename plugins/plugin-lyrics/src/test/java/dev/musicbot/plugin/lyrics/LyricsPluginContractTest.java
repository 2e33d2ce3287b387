package dev.musicbot.plugin.lyrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.testkit.BotPluginContract;
import dev.musicbot.api.testkit.RecordingPluginContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LyricsPluginContractTest extends BotPluginContract {
    @Override
    protected Class<? extends BotPlugin> pluginClass() {
        return LyricsPlugin.class;
    }

    @Override
    protected RecordingPluginContext contextFor(String pluginId, Path dataDir) {
        return new RecordingPluginContext(
                pluginId, dataDir, Map.of(LyricsConfig.class, type -> new LyricsConfig(null, null, null)));
    }

    @Test
    void registersTheLyricsCommand() {
        RecordingPluginContext ctx = contextFor("lyrics", tempDir);
        new LyricsPlugin().start(ctx);

        assertThat(ctx.extensions(CommandHandler.class))
                .singleElement()
                .satisfies(h -> assertThat(h.spec().name()).isEqualTo("lyrics"));
    }

    @Test
    void theBaseUrlMustBeAnHttpAddress() {
        assertThat(LyricsPlugin.baseUrl(null)).hasToString("https://lrclib.net");
        assertThatThrownBy(() -> LyricsPlugin.baseUrl("file:///etc/passwd"))
                .hasMessageContaining("plugins.lyrics.base-url");
    }
}
