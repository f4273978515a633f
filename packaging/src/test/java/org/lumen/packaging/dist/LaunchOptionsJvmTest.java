package org.lumen.packaging.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The launch options in {@code src/dist/jvm.options} start this JDK as written: a JVM option the JDK
 * does not know (renamed, removed, or diagnostic without its unlock) stops every launcher at start,
 * so the file is tried on a real JVM, and the JIT settings of ADR 0017 are checked to be in force; with
 * {@code src/dist/javafx.options} and JavaFX's platform jars on the module path, as {@code ./lumen} starts
 * the workstation, JavaFX resolves as named modules.
 */
class LaunchOptionsJvmTest {
    private static final Path JVM_OPTIONS = Path.of("src/dist/jvm.options");

    private static String run(List<String> options, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void thisJdkStartsWithEveryLaunchOptionAndNoWarning() throws Exception {
        String output = run(LaunchOptions.read(JVM_OPTIONS), "-version");
        assertThat(output).doesNotContainIgnoringCase("warning").doesNotContain("Unrecognized").contains("64-Bit Server VM");
    }

    @Test
    void javaFxResolvesAsNamedModulesFromItsPlatformJarsWithNoWarning() throws Exception {
        List<String> options = new ArrayList<>(LaunchOptions.read(JVM_OPTIONS));
        options.addAll(LaunchOptions.read(JVM_OPTIONS.resolveSibling("javafx.options")));
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> names = classPath.stream().map(entry -> Path.of(entry).getFileName().toString()).toList();
        List<String> javafx = AppJars.javafxModules(names, HostPlatform.current()).stream()
                .map(name -> classPath.get(names.indexOf(name))).toList();
        assertThat(javafx).as("JavaFX's platform jars on the test class path").isNotEmpty();
        String output = run(options, "--module-path", String.join(File.pathSeparator, javafx), "--show-module-resolution",
                "-version");
        assertThat(output).doesNotContainIgnoringCase("warning").containsPattern("(?m)^root javafx\\.controls ")
                .containsPattern("(?m)^javafx\\.controls requires javafx\\.graphics ");
    }

    @Test
    void theC2ThresholdsOfAdr0017AreInForce() throws Exception {
        String flags = run(LaunchOptions.read(JVM_OPTIONS), "-XX:+PrintFlagsFinal", "-version");
        assertThat(flags).containsPattern("Tier4InvocationThreshold\\s+= 50000\\s+\\{product\\} \\{command line\\}")
                .containsPattern("Tier4MinInvocationThreshold\\s+= 6000\\s")
                .containsPattern("Tier4CompileThreshold\\s+= 150000\\s")
                .containsPattern("Tier4BackEdgeThreshold\\s+= 400000\\s")
                .containsPattern("ProfileMaturityPercentage\\s+= 2\\s")
                .containsPattern("TieredStopAtLevel\\s+= 4\\s")
                .containsPattern("UseZGC\\s+= true\\s");
    }
}
