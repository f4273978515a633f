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
        List<String> modules = RuntimeModules.forJars(List.of(okhttp));
        assertThat(modules).contains("java.base", "java.logging").containsAll(RuntimeModules.ADDED).isSorted();
    }

    @Test
    void readsTheLastLineAfterWarnings() {
        assertThat(RuntimeModules.merge("Warning: split package: a.b x.jar y.jar\njava.base,java.desktop\n"))
                .containsExactly("java.base", "java.desktop", "jdk.charsets", "jdk.crypto.ec", "jdk.unsupported");
        assertThatThrownBy(() -> RuntimeModules.merge("Error: Module javafx.base not found"))
                .hasMessageContaining("no module list");
    }

    private static Path classPathJar(String prefix) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(path -> path.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError(prefix + "*.jar is not on the test class path"));
    }
}
