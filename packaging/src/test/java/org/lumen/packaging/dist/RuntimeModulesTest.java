package org.lumen.packaging.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RuntimeModulesTest {
    @Test
    void jdepsModulesOfARealJarPlusTheOnesAnalysisCannotSee() throws IOException {
        Path okhttp = classPathJar("okhttp-jvm-");
        List<String> modules = RuntimeModules.forJars(List.of(okhttp), List.of());
        assertThat(modules).contains("java.base", "java.logging").containsAll(RuntimeModules.ADDED).isSorted();
    }

    @Test
    void theWorkstationsJavaFxModulesAreFoundOnTheModulePath() throws Exception {
        Path viewer = Path.of(Class.forName("org.lumen.viewer.Main", false, getClass().getClassLoader())
                .getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).getFileName().toString()).toList();
        List<Path> javafx = AppJars.javafxModules(names, HostPlatform.current()).stream().map(RuntimeModulesTest::classPathJar)
                .toList();
        assertThat(javafx).as("JavaFX's platform jars on the test class path").isNotEmpty();
        assertThat(RuntimeModules.forJars(List.of(viewer), javafx)).contains("java.base", "javafx.controls");
        assertThat(RuntimeModules.forJars(List.of(viewer), List.of())).as("without the module path jdeps cannot see them")
                .noneMatch(module -> module.startsWith("javafx."));
    }

    @Test
    void readsTheLastLineAfterWarnings() {
        assertThat(RuntimeModules.merge("Warning: split package: a.b x.jar y.jar\njava.base,java.desktop\n"))
                .containsExactly("java.base", "java.desktop", "jdk.charsets", "jdk.crypto.ec", "jdk.jfr", "jdk.unsupported");
        assertThatThrownBy(() -> RuntimeModules.merge("Error: Module javafx.base not found"))
                .hasMessageContaining("no module list");
    }

    private static Path classPathJar(String prefix) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(path -> path.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError(prefix + "*.jar is not on the test class path"));
    }
}
