package org.lumen.packaging.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development launcher {@code ./lumen} as a user runs it, on the jars this build just copied to
 * {@code target/app/lib}: its command line prints nothing of the JVM's, and the workstation starts
 * with JavaFX as named modules (never the "Unsupported JavaFX configuration" of JavaFX on the class
 * path), writes its class archive at the first exit and maps it, JavaFX's classes included, at the
 * next start. The script runs from a scratch checkout holding what it reads (the script, .ci/jdk.sh,
 * src/dist's options files, the jars and a build stamp), so it never starts a build of its own and
 * leaves the real checkout's archive alone. Runs in the integration-test phase, after {@code package}.
 */
@Tag("ui")
class DevLauncherIT {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    /** What JavaFX and the JVM print when JavaFX is on the class path or its module options are wrong. */
    private static final List<String> CONFIGURATION_WARNINGS = List.of("Unsupported JavaFX configuration",
            "WARNING: A restricted method", "WARNING: Unknown module", "WARNING: package ");

    @TempDir
    Path scratch;

    @Test
    void commandLineAndWorkstationRunWithJavaFxAsModulesAndTheClassArchive() throws IOException {
        String built = System.getProperty("lumen.app.lib", "");
        Assumptions.assumeFalse(built.isBlank(), "runs in the integration-test phase, after `package` copied the jars (./mvnw verify)");
        Path lib = Path.of(built);
        Path root = checkout(lib);
        Path home = Files.createDirectories(scratch.resolve("home"));
        Map<String, String> environment = new HashMap<>(Map.of("HOME", home.toString(),
                "XDG_CACHE_HOME", home.resolve(".cache").toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString()));

        String version = lumen(root, environment, "--version").requireSuccess().output();
        assertThat(version.strip()).as("only the version, no JVM messages").matches("Lumen [0-9]+\\.[0-9]+\\.[0-9]+\\S*");
        Path japanese = Path.of("/usr/lib/python3/dist-packages/pydicom/data/charset_files/chrH31.dcm");
        if (!Files.exists(japanese)) {
            fail("pydicom's test files are missing: apt-get install python3-pydicom (.ci/install-deps.sh test)");
        }
        String json = lumen(root, environment, "dicom", "json", japanese.toString()).requireSuccess().output();
        assertThat(json.strip()).startsWith("{").endsWith("}").contains("山田^太郎");
        assertThat(archives(root)).as("a command-line run writes no class archive").isEmpty();

        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            if (Boolean.getBoolean("lumen.requireDisplay")) {
                fail("a display is required (-Dlumen.requireDisplay=true) but DISPLAY is not set; run under xvfb-run");
            }
            Assumptions.abort("no display (DISPLAY unset): run under xvfb-run; -Dlumen.requireDisplay=true makes this a failure");
        }
        // the workstation quits by itself once interactive (StartupTiming), as bench/startup.sh runs it
        environment.put("JAVA_TOOL_OPTIONS", "-Dlumen.startupTiming=exit");
        String first = lumen(root, environment).requireSuccess().output();
        assertThat(first).contains("lumen-startup ")
                .as("JavaFX loaded as named modules, the configuration JavaFX supports")
                .doesNotContain(CONFIGURATION_WARNINGS.toArray(String[]::new)).doesNotContain("Exception in thread");
        assertThat(archives(root)).as("the first workstation start writes the class archive at exit").hasSize(1);
        Path archive = archives(root).getFirst();
        assertThat(archive).isNotEmptyFile();

        environment.put("JAVA_TOOL_OPTIONS", "-XX:+PrintSharedArchiveAndExit");
        String mapped = lumen(root, environment).requireSuccess().output();
        assertThat(mapped).as("the next start maps the archive with the same module path")
                .contains("archive is valid", archive.toString())
                .containsPattern("\\(module\\) \\[[0-9]+\\] = \\S*/javafx-graphics-[0-9.]+-[a-z0-9-]+\\.jar")
                .containsPattern("[0-9]+: javafx\\.application\\.Platform app_loader")
                .containsPattern("[0-9]+: com\\.sun\\.javafx\\.application\\.PlatformImpl app_loader");

        environment.put("JAVA_TOOL_OPTIONS", "-Dlumen.startupTiming=exit");
        String second = lumen(root, environment).requireSuccess().output();
        assertThat(second).contains("lumen-startup ").doesNotContain(CONFIGURATION_WARNINGS.toArray(String[]::new));
    }

    /** A checkout holding what ./lumen reads, its jars a copy of this build's, built as far as ./lumen can tell. */
    private Path checkout(Path lib) throws IOException {
        Path root = scratch.resolve("checkout");
        for (String file : List.of("lumen", ".ci/jdk.sh", "packaging/src/dist/jvm.options",
                "packaging/src/dist/jvm-packaged.options", "packaging/src/dist/javafx.options")) {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(REPOSITORY.resolve(file), target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path jars = Files.createDirectories(root.resolve("packaging/target/app/lib"));
        try (Stream<Path> files = Files.list(lib)) {
            for (Path jar : files.filter(file -> file.getFileName().toString().endsWith(".jar")).toList()) {
                Files.copy(jar, jars.resolve(jar.getFileName()));
            }
        }
        // newer than every source and pom.xml of the scratch checkout (it has none): ./lumen builds nothing
        Files.createFile(root.resolve("packaging/target/app/.built"));
        return root;
    }

    private static Commands.Result lumen(Path root, Map<String, String> environment, String... arguments) throws IOException {
        List<String> command = Stream.concat(Stream.of(root.resolve("lumen").toString()), Stream.of(arguments)).toList();
        return Commands.run(command, environment, START_TIMEOUT);
    }

    private static List<Path> archives(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("packaging/target/app"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jsa")).toList();
        }
    }
}
