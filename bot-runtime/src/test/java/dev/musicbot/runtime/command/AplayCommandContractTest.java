package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.testkit.CommandHandlerContract;

class AplayCommandContractTest extends CommandHandlerContract {
    @Override
    protected CommandHandler handler() {
        return new AplayCommand(new BackgroundLoads());
    }
}
