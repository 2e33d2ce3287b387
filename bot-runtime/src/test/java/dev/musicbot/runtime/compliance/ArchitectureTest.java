package dev.musicbot.runtime.compliance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import dev.musicbot.api.Spi;
import dev.musicbot.api.plugin.BotPlugin;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules JPMS cannot express. */
class ArchitectureTest {
    /** Only bot-api's main classes: its test-jar (the contract kits) is on the test class path too. */
    private static final JavaClasses API = new ClassFileImporter()
            .importLocations(Set.of(Location.of(
                    BotPlugin.class.getProtectionDomain().getCodeSource().getLocation())));

    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.musicbot.runtime");

    @Test
    void apiDependsOnlyOnTheJdkJspecifyAndItself() {
        classes()
                .that()
                .resideOutsideOfPackage("dev.musicbot.api.audio..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", "dev.musicbot.api..")
                .check(API);
    }

    @Test
    void lavaplayerAppearsOnlyInTheIncubatingAudioPackage() {
        classes()
                .that()
                .resideInAPackage("dev.musicbot.api.audio..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", "dev.musicbot.api..", "com.sedmelluq..")
                .check(API);
    }

    @Test
    void noImplementationNamesInTheApi() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameStartingWith("Default")
                .check(API);
    }

    @Test
    void extensionPointsAreDocumentedInterfaces() {
        classes().that().areAnnotatedWith(Spi.class).should().beInterfaces().check(API);
    }

    @Test
    void runtimeNeverReferencesPluginClasses() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.musicbot.plugin..")
                .check(RUNTIME);
    }
}
