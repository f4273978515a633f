package org.lumen.viewer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph is law (docs/decisions/0001): dicom-core depends on no module of ours;
 * dicomweb-client and rendering depend only on dicom-core; JavaFX only in viewer-app, JOGL only in
 * rendering's GL package, OkHttp only in dicomweb-client; secure-store depends on no module of ours
 * but dicom-core, and Tink and BouncyCastle are used only there. viewer-app's test class path holds every
 * module, so this one test sees them all.
 */
class ModuleRulesTest {
    private static JavaClasses lumen;

    @BeforeAll
    static void importAllModules() {
        lumen = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lumen");
    }

    @Test
    void importsTheClassesOfEveryModule() {
        // Guards the rules below against passing on an empty import.
        for (String pkg : new String[] {"org.lumen.dicom", "org.lumen.dicomweb", "org.lumen.rendering", "org.lumen.viewer", "org.lumen.store"}) {
            org.assertj.core.api.Assertions.assertThat(lumen.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("classes of %s imported", pkg).isTrue();
        }
    }

    @Test
    void dicomCoreDependsOnNoOtherModule() {
        check(noClasses().that().resideInAPackage("org.lumen.dicom..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.lumen.dicomweb..", "org.lumen.rendering..", "org.lumen.viewer..", "org.lumen.testkit..",
                        "org.lumen.store.."));
    }

    @Test
    void secureStoreDependsOnlyOnDicomCore() {
        check(noClasses().that().resideInAPackage("org.lumen.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.lumen.dicomweb..", "org.lumen.rendering..", "org.lumen.viewer..", "org.lumen.testkit.."));
    }

    @Test
    void tinkAndBouncyCastleOnlyInSecureStore() {
        check(noClasses().that().resideOutsideOfPackage("org.lumen.store..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.crypto.tink..", "org.bouncycastle.."));
    }

    @Test
    void clientAndRenderingDependOnlyOnDicomCore() {
        check(noClasses().that().resideInAPackage("org.lumen.dicomweb..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lumen.rendering..", "org.lumen.viewer.."));
        check(noClasses().that().resideInAPackage("org.lumen.rendering..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lumen.dicomweb..", "org.lumen.viewer.."));
    }

    @Test
    void javaFxOnlyInViewerApp() {
        check(noClasses().that().resideOutsideOfPackage("org.lumen.viewer..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx.."));
    }

    @Test
    void joglOnlyInRenderingGlPackage() {
        check(noClasses().that().resideOutsideOfPackage("org.lumen.rendering.gl..")
                .should().dependOnClassesThat().resideInAnyPackage("com.jogamp..", "jogamp.."));
    }

    @Test
    void okHttpOnlyInDicomWebClient() {
        check(noClasses().that().resideOutsideOfPackage("org.lumen.dicomweb..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio.."));
    }

    private static void check(ArchRule rule) {
        rule.check(lumen);
    }
}
