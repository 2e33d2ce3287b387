package dev.musicbot.runtime.doctor;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How the bot's code was laid out when the JVM started: on the module path (what {@code bin/musicbot} does: named
 * modules in the boot layer, udpqueue on the class path; natives patched in with {@code --patch-module}, if a user
 * adds that, are named) or all
 * on the class path (tests, an IDE).
 */
final class ModuleLayout {
    private static final List<String> LAUNCH_OPTIONS =
            List.of("--module-path=", "--add-modules=", "--patch-module=", "-Djdk.module.main=");

    private ModuleLayout() {}

    /**
     * The {@code modules} finding.
     *
     * @param runtime the runtime's module ({@code dev.musicbot.runtime} when named)
     * @param bootModules the number of modules in the boot layer
     * @param jvmArguments the JVM's input arguments, for the {@code --patch-module} options
     * @param classPath the {@code java.class.path} system property
     */
    static Doctor.Finding describe(Module runtime, int bootModules, List<String> jvmArguments, String classPath) {
        if (!runtime.isNamed()) {
            return new Doctor.Finding("modules", "class path (the runtime is in the unnamed module)", false);
        }
        String version = runtime.getDescriptor().rawVersion().orElse("no version");
        List<String> parts = new ArrayList<>();
        parts.add("module path: " + runtime.getName() + " " + version + " and " + (bootModules - 1)
                + " other modules in the boot layer");
        List<String> patched = jvmArguments.stream()
                .filter(a -> a.startsWith("--patch-module="))
                .map(a -> a.substring("--patch-module=".length(), a.indexOf('=', "--patch-module=".length())))
                .toList();
        if (!patched.isEmpty()) {
            parts.add("natives patched into " + String.join(", ", patched));
        }
        List<String> jars = Stream.of(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> entry.substring(entry.lastIndexOf(File.separatorChar) + 1))
                .toList();
        if (!jars.isEmpty()) {
            parts.add("class path: " + String.join(", ", jars));
        }
        return new Doctor.Finding("modules", String.join("; ", parts), false);
    }

    /**
     * The JVM options without those that lay out the modules (the {@code modules} finding tells those), so the
     * options a user chose can be read.
     */
    static List<String> chosenOptions(List<String> jvmArguments) {
        return jvmArguments.stream()
                .filter(a -> LAUNCH_OPTIONS.stream().noneMatch(a::startsWith))
                .toList();
    }
}
