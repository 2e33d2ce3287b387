package dev.musicbot.runtime.cli;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.boot.LogFiles;
import dev.musicbot.runtime.config.LoadedConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code musicbot run}: start the bot and run until stopped (SIGTERM or Ctrl-C shut it down cleanly). */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Start the bot and run until stopped (SIGTERM or Ctrl-C shut it down cleanly).")
final class RunCommand implements Callable<Integer> {
    private static final long START_WAIT_SECONDS = 60;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws InterruptedException {
        LoadedConfig loaded = options.load(true);
        LogFiles.enable(loaded.config().logs().dir());
        // The hook goes in before the bot starts: a SIGTERM during start-up then waits for the start to finish
        // and closes the bot cleanly, instead of finding the JVM already shutting down.
        AtomicReference<Bot> started = new AtomicReference<>();
        CountDownLatch startFinished = new CountDownLatch(1);
        AtomicBoolean closed = new AtomicBoolean();
        Runnable shutdown = () -> {
            awaitQuietly(startFinished);
            Bot bot = started.get();
            if (bot != null && closed.compareAndSet(false, true)) {
                bot.close();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "shutdown"));
        try {
            started.set(Bot.start(loaded));
        } finally {
            startFinished.countDown();
        }
        started.get().awaitEnd();
        shutdown.run();
        return ExitCodes.OK;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(START_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
