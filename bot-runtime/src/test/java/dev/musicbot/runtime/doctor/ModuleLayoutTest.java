package dev.musicbot.runtime.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The doctor's {@code modules} line, and the JVM options it takes out of the {@code jvm options} line. */
class ModuleLayoutTest {
    private static final List<String> LAUNCHED = List.of(
            "-Xmx512m",
            "--enable-native-access=jdave.api,lava.common,ALL-UNNAMED",
            "--module-path=/opt/musicbot/lib/a.jar:/opt/musicbot/lib/b.jar",
            "--add-modules=ALL-MODULE-PATH",
            "--patch-module=jdave.api=/opt/musicbot/lib/jdave-native-linux-x86-64.jar",
            "--patch-module=lavaplayer=/opt/musicbot/lib/lavaplayer-natives.jar",
            "-Dmusicbot.home=/opt/musicbot",
            "-Djdk.module.main=dev.musicbot.runtime");

    @Test
    void onTheClassPathTheRuntimeIsUnnamed() {
        Doctor.Finding finding =
                ModuleLayout.describe(getClass().getClassLoader().getUnnamedModule(), 70, List.of(), "");

        assertThat(finding.value()).isEqualTo("class path (the runtime is in the unnamed module)");
        assertThat(finding.problem()).isFalse();
    }

    @Test
    void onTheModulePathItNamesTheRuntimeThePatchedModulesAndTheClassPath() {
        Module runtime = namedModule("dev.musicbot.runtime", "1.2.3");

        Doctor.Finding finding = ModuleLayout.describe(
                runtime,
                60,
                LAUNCHED,
                String.join(File.pathSeparator, "/opt/musicbot/lib/udpqueue-api-0.2.9.jar", "/opt/x/udpqueue-n.jar"));

        assertThat(finding.value())
                .isEqualTo("module path: dev.musicbot.runtime 1.2.3 and 59 other modules in the boot layer;"
                        + " natives patched into jdave.api, lavaplayer;"
                        + " class path: udpqueue-api-0.2.9.jar, udpqueue-n.jar");
    }

    @Test
    void theJvmOptionsLineKeepsWhatAUserChoseAndDropsTheModuleLayout() {
        assertThat(ModuleLayout.chosenOptions(LAUNCHED))
                .containsExactly(
                        "-Xmx512m",
                        "--enable-native-access=jdave.api,lava.common,ALL-UNNAMED",
                        "-Dmusicbot.home=/opt/musicbot");
    }

    /** A real named module (in a layer of its own, with no classes), as the runtime's would be. */
    private static Module namedModule(String name, String version) {
        ModuleDescriptor descriptor =
                ModuleDescriptor.newModule(name).version(version).build();
        ModuleFinder finder = new SingleModuleFinder(descriptor);
        var configuration = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(name));
        ModuleLayer layer =
                ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        return layer.findModule(name).orElseThrow();
    }
}
