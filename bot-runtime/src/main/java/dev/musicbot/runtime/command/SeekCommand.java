package dev.musicbot.runtime.command;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Reply;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /seek <time>}: jump within the current song ({@code 90}, {@code 1:30} or {@code 1:02:03}). */
final class SeekCommand implements CommandHandler {
    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,2}):)?(?:(\\d{1,3}):)?(\\d{1,5})");
    private static final CommandSpec SPEC = Controls.control("seek", "Jump to a time in the current song")
            .withOptions(OptionSpec.requiredText("time", "Where to go, like 1:30 or 90"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        Controls.playing(ctx);
        Optional<Duration> time = parse(ctx.string("time").orElse(""));
        if (time.isEmpty()) {
            return Reply.ephemeral(ctx.text("seek.usage"));
        }
        ctx.playback().seek(time.get());
        return Reply.of(ctx.text("seek.done", Format.duration(time.get())));
    }

    static Optional<Duration> parse(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long first = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long second = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long last = Long.parseLong(m.group(3));
        long seconds = m.group(2) != null ? first * 3600 + second * 60 + last : first * 60 + last;
        if (m.group(1) != null && last >= 60) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(seconds));
    }
}
