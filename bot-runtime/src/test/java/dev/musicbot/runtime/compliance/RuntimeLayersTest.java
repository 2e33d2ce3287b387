package dev.musicbot.runtime.compliance;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.musicbot.runtime.command.CorePlugin;
import dev.musicbot.runtime.command.NowPlayingCard;
import dev.musicbot.runtime.command.RuntimeMessages;
import org.junit.jupiter.api.Test;

/**
 * The runtime's layers: packages free of cycles, JDA only in the Discord bridge, playback reaching Discord only
 * through its own ports, and the built-in commands written against bot-api like any plugin's.
 */
class RuntimeLayersTest {
    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.musicbot.runtime");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.musicbot.runtime.(*)..")
                .should()
                .beFreeOfCycles()
                .check(RUNTIME);
    }

    /** JDA is the Discord bridge's ({@code discord}): the rest of the runtime sees Discord through its ports. */
    @Test
    void jdaOnlyInTheDiscordBridge() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.musicbot.runtime.discord..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("net.dv8tion..")
                .check(RUNTIME);
    }

    @Test
    void playbackReachesDiscordOnlyThroughItsPorts() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.musicbot.runtime.playback..", "dev.musicbot.runtime.audio..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.musicbot.runtime.discord..",
                        "dev.musicbot.runtime.boot..",
                        "dev.musicbot.runtime.ops..",
                        "net.dv8tion..")
                .check(RUNTIME);
    }

    /** Only {@code boot} wires the runtime together, and only {@code cli} starts it. */
    @Test
    void onlyTheLauncherDependsOnBoot() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.musicbot.runtime.boot..", "dev.musicbot.runtime.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.musicbot.runtime.boot..")
                .check(RUNTIME);
    }

    /** The built-in commands use bot-api as a plugin's do, plus the runtime's text helpers and version. */
    @Test
    void commandsUseOnlyTheApi() {
        noClasses()
                .that()
                .resideInAPackage("dev.musicbot.runtime.command..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.musicbot.runtime..")
                        .and(not(resideInAnyPackage(
                                "dev.musicbot.runtime",
                                "dev.musicbot.runtime.command..",
                                "dev.musicbot.runtime.text.."))))
                .check(RUNTIME);
    }

    /**
     * The rest of the runtime reaches the commands through bot-api (the registry of {@code CommandHandler}s), never
     * a command class: it only registers {@link CorePlugin}, shares the runtime's bundle ({@link RuntimeMessages})
     * and posts the now-playing card ({@link NowPlayingCard}).
     */
    @Test
    void commandsOnlyThroughTheApi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.musicbot.runtime.command..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.musicbot.runtime.command..")
                        .and(not(belongToAnyOf(CorePlugin.class, RuntimeMessages.class, NowPlayingCard.class))))
                .check(RUNTIME);
    }
}
