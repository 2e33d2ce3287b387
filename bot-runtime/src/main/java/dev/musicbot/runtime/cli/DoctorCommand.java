package dev.musicbot.runtime.cli;

import dev.musicbot.runtime.doctor.Doctor;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code musicbot doctor}: what the bot finds on this machine, with problems marked. */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description = "Check this machine: Java, platform profile, DAVE natives, yt-dlp, ffmpeg, JS runtime.")
final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int problems = 0;
        for (Doctor.Finding finding : Doctor.examine(options.load(false))) {
            out.printf("%s %-12s %s%n", finding.problem() ? "!!" : "ok", finding.label(), finding.value());
            problems += finding.problem() ? 1 : 0;
        }
        out.println(problems == 0 ? "No problems found." : problems + " problem(s) found (marked !!).");
        out.flush();
        return ExitCodes.OK;
    }
}
