package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.testkit.CommandHandlerContract;

class LeaveCommandContractTest extends CommandHandlerContract {
    @Override
    protected CommandHandler handler() {
        return new LeaveCommand(new BackgroundLoads());
    }
}
