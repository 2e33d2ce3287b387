package dev.musicbot.runtime.cli;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.boot.LogFiles;
import dev.musicbot.runtime.config.LoadedConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code musicbot run}: start the bot and run until stopped (SIGTERM or Ctrl-C shut it down cleanly). */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Start the bot and run until stopped (SIGTERM or Ctrl-C shut it down cleanly).")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws InterruptedException {
        LoadedConfig loaded = options.load(true);
        LogFiles.enable(loaded.config().logs().dir());
        Bot bot = Bot.start(loaded);
        AtomicBoolean closed = new AtomicBoolean();
        Runnable shutdown = () -> {
            if (closed.compareAndSet(false, true)) {
                bot.close();
            }
        };
        Thread hook = new Thread(shutdown, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        bot.awaitEnd();
        shutdown.run();
        return ExitCodes.OK;
    }
}
