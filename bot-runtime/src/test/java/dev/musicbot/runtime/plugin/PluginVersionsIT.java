package dev.musicbot.runtime.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin files against the plugin API version, and several files of one plugin: real jars compiled against
 * bot-api, loaded by PF4J.
 */
class PluginVersionsIT {
    private static final String ANY_1X = ">=1.0.0 & <2.0.0";

    @TempDir
    Path dir;

    private static PluginCandidate candidate(Discovery found, String id) {
        return found.candidates().stream()
                .filter(c -> c.info().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no candidate '" + id + "' in " + found));
    }

    private static PluginInfo failure(Discovery found, String id) {
        return found.failures().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no failure '" + id + "' in " + found));
    }

    @Test
    void pluginBuiltForApi1LoadsOnALater1y() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.greeter().requires(ANY_1X).writeTo(plugins);

        for (String api : List.of("1.0.0", "1.4.0", "1.12.3")) {
            try (DropInPlugins files = new DropInPlugins(List.of(plugins), api)) {
                Discovery found = files.discover();
                assertThat(found.failures()).as("on API " + api).isEmpty();
                assertThat(candidate(found, "greeter").plugin().id()).isEqualTo("greeter");
            }
        }
    }

    @Test
    void pluginNeedingApi2IsRefusedInOneLineNamingBothVersions() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.greeter().requires(">=2.0.0 & <3.0.0").writeTo(plugins);

        try (DropInPlugins files = new DropInPlugins(List.of(plugins), "1.4.0")) {
            Discovery found = files.discover();
            assertThat(found.candidates()).isEmpty();
            PluginInfo refused = failure(found, "greeter");
            assertThat(refused.state()).isEqualTo(PluginInfo.State.DISABLED);
            assertThat(refused.problem())
                    .isEqualTo("needs plugin API >=2.0.0 & <3.0.0, this bot provides plugin API 1.4.0");
        }
    }

    @Test
    void pluginBuiltForAnOlderMajorIsRefusedOnTheNextOne() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.greeter().requires(ANY_1X).writeTo(plugins);

        try (DropInPlugins files = new DropInPlugins(List.of(plugins), "2.0.0")) {
            Discovery found = files.discover();
            assertThat(found.candidates()).isEmpty();
            assertThat(failure(found, "greeter").problem())
                    .isEqualTo("needs plugin API " + ANY_1X + ", this bot provides plugin API 2.0.0");
        }
    }

    @Test
    void theHighestVersionOfAPluginWinsWhicheverDirectoryItIsIn() throws Exception {
        Path dropIns = dir.resolve("drop-ins");
        Path shipped = dir.resolve("shipped");
        Path older = TestPlugins.greeter().version("1.0.0").requires(ANY_1X).writeTo(dropIns);
        Path newer = TestPlugins.greeter().version("1.2.0").requires(ANY_1X).writeTo(shipped);

        try (DropInPlugins files = new DropInPlugins(List.of(dropIns, shipped), "1.0.0")) {
            Discovery found = files.discover();
            PluginCandidate greeter = candidate(found, "greeter");
            assertThat(greeter.info().version()).isEqualTo("1.2.0");
            assertThat(greeter.info().location()).isEqualTo(newer.toString());
            PluginInfo superseded = failure(found, "greeter");
            assertThat(superseded.version()).isEqualTo("1.0.0");
            assertThat(superseded.location()).isEqualTo(older.toString());
            assertThat(superseded.problem()).isEqualTo("superseded by version 1.2.0 in " + newer);
        }
    }

    @Test
    void aNewerFileNeedingANewerApiLeavesTheOlderOneRunning() throws Exception {
        Path dropIns = dir.resolve("drop-ins");
        Path shipped = dir.resolve("shipped");
        TestPlugins.greeter().version("2.0.0").requires(">=2.0.0 & <3.0.0").writeTo(dropIns);
        TestPlugins.greeter().version("1.0.0").requires(ANY_1X).writeTo(shipped);

        try (DropInPlugins files = new DropInPlugins(List.of(dropIns, shipped), "1.3.0")) {
            Discovery found = files.discover();
            assertThat(candidate(found, "greeter").info().version()).isEqualTo("1.0.0");
            PluginInfo refused = failure(found, "greeter");
            assertThat(refused.version()).isEqualTo("2.0.0");
            assertThat(refused.problem())
                    .isEqualTo("needs plugin API >=2.0.0 & <3.0.0, this bot provides plugin API 1.3.0");
        }
    }
}
