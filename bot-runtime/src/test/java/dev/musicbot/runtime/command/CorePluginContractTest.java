package dev.musicbot.runtime.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.testkit.BotPluginContract;
import dev.musicbot.api.testkit.RecordingPluginContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in commands come from a plugin that meets the same contract as any other. */
class CorePluginContractTest extends BotPluginContract {
    @Override
    protected Class<? extends BotPlugin> pluginClass() {
        return CorePlugin.class;
    }

    @Override
    protected RecordingPluginContext contextFor(String pluginId, Path dataDir) {
        return new RecordingPluginContext(
                pluginId, dataDir, Map.of(CorePlugin.CoreConfig.class, type -> new CorePlugin.CoreConfig(null)));
    }

    @Override
    protected boolean commandsAnswerOffline() {
        return true;
    }

    @Test
    void registersTheWholeCommandSet() {
        RecordingPluginContext ctx = contextFor("core", tempDir);
        new CorePlugin().start(ctx);
        assertThat(ctx.extensions(CommandHandler.class))
                .extracting(h -> h.spec().name())
                .containsExactlyInAnyOrder(
                        "ping",
                        "join",
                        "play",
                        "aplay",
                        "leave",
                        "pause",
                        "resume",
                        "skip",
                        "stop",
                        "queue",
                        "nowplaying",
                        "volume",
                        "repeat",
                        "shuffle",
                        "seek",
                        "remove",
                        "move",
                        "clear",
                        "previous",
                        "247",
                        "filter",
                        "eq",
                        "history",
                        "search",
                        "normalize",
                        "autoplay",
                        "favourites");
    }

    @Test
    void rejectsAVoteRatioOutsideZeroToOne() {
        RecordingPluginContext ctx = new RecordingPluginContext(
                "core", tempDir, Map.of(CorePlugin.CoreConfig.class, type -> new CorePlugin.CoreConfig(1.5)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CorePlugin().start(ctx))
                .hasMessageContaining("plugins.core.vote-skip-ratio");
    }
}
