package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.testkit.CommandHandlerContract;
import dev.musicbot.api.testkit.RecordingPluginContext;
import java.nio.file.Path;

class PlayCommandContractTest extends CommandHandlerContract {
    @Override
    protected CommandHandler handler() {
        return new PlayCommand(new ActivePlaylist(new RecordingPluginContext("core", Path.of("."))));
    }
}
