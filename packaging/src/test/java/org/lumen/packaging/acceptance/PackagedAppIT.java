package org.lumen.packaging.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance test of the Linux packages built by the {@code dist} profile: the app-image under
 * {@code target/dist/Lumen} and the .deb next to it, unpacked with {@code dpkg-deb -x} into a clean
 * folder. Runs in the {@code integration-test} phase ({@code ./mvnw verify}), which sets
 * {@code lumen.dist.dir}; the window test needs a display (CI runs under Xvfb).
 */
@Tag("ui")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedAppIT {
    private static final Duration WINDOW_TIMEOUT = Duration.ofMinutes(2);
    private Path dist;
    private Path deb;
    @TempDir
    Path scratch;
    private Path unpacked;

    @BeforeAll
    void unpackTheDeb(@TempDir Path root) throws IOException {
        String dir = System.getProperty("lumen.dist.dir", "");
        Assumptions.assumeFalse(dir.isBlank(), "runs in the integration-test phase after the dist build (./mvnw verify)");
        Assumptions.assumeTrue("deb".equals(System.getProperty("lumen.dist.type")), "the .deb is built on Linux only");
        dist = Path.of(dir);
        try (Stream<Path> files = Files.list(dist)) {
            List<Path> debs = files.filter(file -> file.getFileName().toString().endsWith(".deb")).toList();
            assertThat(debs).as("one .deb in %s", dist).hasSize(1);
            deb = debs.getFirst();
        }
        unpacked = root.resolve("deb");
        Commands.run(List.of("dpkg-deb", "-x", deb.toString(), unpacked.toString())).requireSuccess();
    }

    @Test
    void packageDependsOnGtkAndGl() throws IOException {
        String depends = Commands.run(List.of("dpkg-deb", "-f", deb.toString(), "Depends")).requireSuccess().output();
        assertThat(java.util.Arrays.stream(depends.split(",")).map(String::strip).toList()).contains("libgtk-3-0", "libgl1");
        String name = Commands.run(List.of("dpkg-deb", "-f", deb.toString(), "Package")).requireSuccess().output();
        assertThat(name.strip()).isEqualTo("lumen");
    }

    @Test
    void appImageCarriesOnlyThisPlatformsNatives() throws IOException {
        List<String> jars;
        try (Stream<Path> files = Files.list(unpacked.resolve("opt/lumen/lib/app"))) {
            jars = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jar")).toList();
        }
        assertThat(jars).contains("jogl-all-2.6.0-natives-linux-amd64.jar", "gluegen-rt-2.6.0-natives-linux-amd64.jar");
        assertThat(jars.stream().filter(name -> name.contains("-natives-")))
                .allMatch(name -> name.endsWith("-natives-linux-amd64.jar"));
        assertThat(jars).as("JavaFX is linked into the runtime as modules, not on the class path")
                .noneMatch(name -> name.startsWith("javafx-"));
        assertThat(jars).noneMatch(name -> name.startsWith("antlr") || name.contains("-main-"));
        String config = Files.readString(unpacked.resolve("opt/lumen/lib/app/Lumen.cfg"));
        assertThat(config).contains("java-options=--add-modules=javafx.controls",
                "java-options=--enable-native-access=javafx.graphics").doesNotContain("javafx-");
    }

    @Test
    void runtimeIsTrimmedToTheModulesTheAppUses() throws IOException {
        Path runtime = unpacked.resolve("opt/lumen/lib/runtime");
        String release = Files.readString(runtime.resolve("release"));
        String modules = release.lines().filter(line -> line.startsWith("MODULES=")).findFirst().orElseThrow();
        assertThat(modules).contains("java.base", "java.desktop", "jdk.charsets", "jdk.unsupported", "jdk.crypto.ec",
                        "jdk.jfr", "javafx.base", "javafx.graphics", "javafx.controls")
                .doesNotContain("jdk.compiler", "jdk.jshell", "jdk.jpackage");
        assertThat(runtime.resolve("lib/server/classes_nocoops.jsa")).as("CDS archive for ZGC").exists();
        long trimmed = sizeOf(runtime);
        long jdk = sizeOf(Path.of(System.getProperty("java.home")));
        assertThat(trimmed).as("runtime %d MiB vs the JDK's %d MiB", trimmed >> 20, jdk >> 20).isLessThan(jdk / 2);
    }

    @Test
    void desktopEntriesAndMimeTypeAreValid() throws IOException {
        Path desktop = unpacked.resolve("opt/lumen/lib/desktop");
        for (String entry : List.of("lumen.desktop", "lumen-url-handler.desktop")) {
            var validation = Commands.run(List.of("desktop-file-validate", desktop.resolve(entry).toString()));
            assertThat(validation.exitCode()).as(validation.output()).isZero();
            assertThat(validation.output()).doesNotContain("error:", "warning:");
        }
        assertThat(Files.readString(desktop.resolve("lumen.desktop")))
                .contains("Categories=Graphics;MedicalSoftware;Viewer;", "MimeType=application/dicom;",
                        "Exec=/opt/lumen/lib/desktop/lumen-launch %F", "Icon=lumen");
        assertThat(Files.readString(desktop.resolve("lumen-url-handler.desktop")))
                .contains("Exec=/opt/lumen/lib/desktop/lumen-launch %u", "MimeType=x-scheme-handler/lumen;", "NoDisplay=true");
        assertThat(desktop.resolve("icons/hicolor/16x16/apps/lumen.png")).exists();
        assertThat(desktop.resolve("icons/hicolor/scalable/apps/lumen.svg")).exists();
        for (String script : List.of("lumen", "lumen-launch")) {
            Commands.run(List.of("sh", "-n", desktop.resolve(script).toString())).requireSuccess();
            assertThat(desktop.resolve(script)).isExecutable();
        }
        String postinst = Commands.run(List.of("sh", "-c", "dpkg-deb --ctrl-tarfile \"$0\" | tar -xOf - ./postinst",
                deb.toString())).requireSuccess().output();
        assertThat(postinst).contains("update-mime-database", "update-desktop-database", "/usr/share/mime/packages/lumen.xml");
        for (String maintainerScript : List.of("postinst", "postrm")) {
            Commands.run(List.of("sh", "-c", "dpkg-deb --ctrl-tarfile \"$0\" | tar -xOf - ./" + maintainerScript
                    + " | sh -n", deb.toString())).requireSuccess();
        }
    }

    @Test
    void desktopDatabaseResolvesDicomFilesAndLumenLinks() throws IOException {
        Path data = scratch.resolve("xdg-data");
        Path desktop = unpacked.resolve("opt/lumen/lib/desktop");
        Files.createDirectories(data.resolve("mime/packages"));
        Files.createDirectories(data.resolve("applications"));
        Files.copy(desktop.resolve("lumen.xml"), data.resolve("mime/packages/lumen.xml"));
        for (String entry : List.of("lumen.desktop", "lumen-url-handler.desktop")) {
            Files.copy(desktop.resolve(entry), data.resolve("applications").resolve(entry));
        }
        Commands.run(List.of("update-mime-database", data.resolve("mime").toString())).requireSuccess();
        Commands.run(List.of("update-desktop-database", data.resolve("applications").toString())).requireSuccess();
        Map<String, String> onlyOurs = Map.of("XDG_DATA_HOME", data.toString(),
                "XDG_DATA_DIRS", Files.createDirectories(scratch.resolve("no-system-data")).toString(),
                "XDG_CONFIG_HOME", Files.createDirectories(scratch.resolve("config")).toString(),
                "XDG_CURRENT_DESKTOP", "X-Generic");
        assertThat(query(onlyOurs, "xdg-mime", "query", "default", "x-scheme-handler/lumen"))
                .isEqualTo("lumen-url-handler.desktop");
        assertThat(query(onlyOurs, "xdg-mime", "query", "default", "application/dicom")).isEqualTo("lumen.desktop");

        byte[] part10 = new byte[256];
        System.arraycopy("DICM".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, part10, 128, 4);
        Path byMagic = Files.write(scratch.resolve("IM0001"), part10);
        Path byName = Files.write(scratch.resolve("DICOMDIR"), new byte[] {1, 2, 3});
        Path byExtension = Files.write(scratch.resolve("slice.dcm"), new byte[] {1, 2, 3});
        Path plain = Files.writeString(scratch.resolve("notes"), "no DICOM here\n");
        for (Path file : List.of(byMagic, byName, byExtension)) {
            assertThat(contentType(onlyOurs, file)).as(file.getFileName().toString()).isEqualTo("application/dicom");
        }
        assertThat(contentType(onlyOurs, plain)).isNotEqualTo("application/dicom");
    }

    @Test
    void xdgOpenOfALumenLinkRunsLumenOpenWithTheWholeUrl() throws IOException {
        // The package's own lumen-launch script and desktop entry, with a recorder in place of the launcher.
        Path app = scratch.resolve("opt-lumen");
        Files.createDirectories(app.resolve("lib/desktop"));
        Files.createDirectories(app.resolve("bin"));
        Files.copy(unpacked.resolve("opt/lumen/lib/desktop/lumen-launch"), app.resolve("lib/desktop/lumen-launch"));
        Path recorded = scratch.resolve("launcher-arguments.txt");
        Path recorder = Files.writeString(app.resolve("bin/Lumen"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > '"
                + recorded + ".part' && mv '" + recorded + ".part' '" + recorded + "'\n");
        recorder.toFile().setExecutable(true);
        Path data = scratch.resolve("xdg-open-data");
        Path applications = Files.createDirectories(data.resolve("applications"));
        String entry = Files.readString(unpacked.resolve("opt/lumen/lib/desktop/lumen-url-handler.desktop"))
                .replace("/opt/lumen/", app + "/").replaceAll("(?m)^TryExec=.*\n", "");
        Files.writeString(applications.resolve("lumen-url-handler.desktop"), entry);
        Commands.run(List.of("update-desktop-database", applications.toString())).requireSuccess();
        String url = "lumen://open?server=https%3A%2F%2Fpacs.example%2Fdicom-web&study=1.2.840.113619.2.55.3";
        Map<String, String> environment = Map.of("XDG_DATA_HOME", data.toString(),
                "XDG_DATA_DIRS", Files.createDirectories(scratch.resolve("no-data-dirs")).toString(),
                "XDG_CONFIG_HOME", Files.createDirectories(scratch.resolve("xdg-open-config")).toString(),
                "XDG_CURRENT_DESKTOP", "X-Generic", "DISPLAY", System.getenv().getOrDefault("DISPLAY", ":0"),
                "HOME", Files.createDirectories(scratch.resolve("xdg-open-home")).toString());
        Commands.run(List.of("xdg-open", url), environment, Duration.ofMinutes(1)).requireSuccess();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!Files.exists(recorded)) {
            if (System.nanoTime() > deadline) {
                fail("xdg-open did not run the lumen:// handler within a minute");
            }
            Thread.onSpinWait();
        }
        assertThat(Files.readAllLines(recorded)).containsExactly("open", url);
    }

    @Test
    void theLauncherStartedDirectlyOnAFreshAccountExitsCleanly() throws IOException {
        // no lumen script, no ~/.cache: Main creates the AppCDS folder, so the archive written at exit succeeds
        Path launcher = unpacked.resolve("opt/lumen/bin/Lumen");
        Path home = Files.createDirectories(scratch.resolve("bare-home"));
        String version = Commands.run(List.of(launcher.toString(), "--version"), Map.of("HOME", home.toString()),
                Duration.ofMinutes(1)).requireSuccess().output();
        assertThat(version.strip()).matches("Lumen [0-9]+\\.[0-9]+\\.[0-9]+\\S*");
        assertThat(home.resolve(".cache/lumen/lumen.jsa")).as("AppCDS archive written at exit").isNotEmptyFile();
    }

    @Test
    void packagedCommandLineRunsWithTheTrimmedRuntime() throws IOException {
        Path launcher = unpacked.resolve("opt/lumen/lib/desktop/lumen");
        Path home = Files.createDirectories(scratch.resolve("cli-home"));
        Map<String, String> cleanHome = Map.of("HOME", home.toString());
        for (int run = 1; run <= 2; run++) {
            String version = Commands.run(List.of(launcher.toString(), "--version"), cleanHome, Duration.ofMinutes(1))
                    .requireSuccess().output();
            assertThat(version.strip()).as("run %d: only the version, no JVM or CDS messages", run)
                    .matches("Lumen [0-9]+\\.[0-9]+\\.[0-9]+\\S*");
            assertThat(home.resolve(".cache/lumen/lumen.jsa")).as("AppCDS archive written at the first exit").isNotEmptyFile();
        }
        Path japanese = Path.of("/usr/lib/python3/dist-packages/pydicom/data/charset_files/chrH31.dcm");
        if (!Files.exists(japanese)) {
            fail("pydicom's test files are missing: apt-get install python3-pydicom (.ci/install-deps.sh test)");
        }
        String json = Commands.run(List.of(launcher.toString(), "dicom", "json", japanese.toString()), cleanHome,
                Duration.ofMinutes(1)).requireSuccess().output();
        assertThat(json).as("ISO 2022 IR 87 decoded by the packaged runtime").contains("山田^太郎");
    }

    @Test
    void packagedWorkstationReachesItsMainWindow() throws IOException {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            if (Boolean.getBoolean("lumen.requireDisplay")) {
                fail("a display is required (-Dlumen.requireDisplay=true) but DISPLAY is not set; run under xvfb-run");
            }
            Assumptions.abort("no display (DISPLAY unset): run under xvfb-run; -Dlumen.requireDisplay=true makes this a failure");
        }
        Path home = Files.createDirectories(scratch.resolve("home"));
        Path log = scratch.resolve("lumen.log");
        ProcessBuilder builder = new ProcessBuilder(unpacked.resolve("opt/lumen/lib/desktop/lumen").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("XDG_") || name.startsWith("JAVA_")
                || name.startsWith("JDK_"));
        builder.environment().put("HOME", home.toString());
        // Java takes user.home from the password database, not HOME; the app's cache follows XDG_CACHE_HOME.
        builder.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        Process app = Commands.start(builder);
        try {
            var window = Commands.run(List.of("xdotool", "search", "--sync", "--onlyvisible", "--name", "^Lumen "),
                    Map.of(), WINDOW_TIMEOUT);
            assertThat(app.isAlive()).as("the app is still running; its log:\n%s", Commands.read(log)).isTrue();
            assertThat(window.exitCode()).as(window.output()).isZero();
            assertThat(window.output().strip()).as("window id").matches("[0-9]+(\\s+[0-9]+)*");
            String windowId = window.output().strip().split("\\s+")[0];
            String wmClass = Commands.run(List.of("xprop", "-id", windowId, "WM_CLASS")).requireSuccess().output();
            String startupClass = Files.readString(unpacked.resolve("opt/lumen/lib/desktop/lumen.desktop")).lines()
                    .filter(line -> line.startsWith("StartupWMClass=")).findFirst().orElseThrow().substring(15);
            assertThat(wmClass).as("docks match the window to lumen.desktop").contains("\"" + startupClass + "\"");
            String icon = iconOnceSet(windowId, System.nanoTime() + WINDOW_TIMEOUT.toNanos());
            assertThat(ICON_SIZE.matcher(icon).find())
                    .as("the window carries one of Lumen's icon sizes: %s", icon.substring(0, Math.min(120, icon.length())))
                    .isTrue();
            Path screenshot = Path.of(System.getProperty("lumen.screenshot", scratch.resolve("packaged-app.png").toString()));
            Files.createDirectories(screenshot.getParent());
            String geometry = Commands.run(List.of("xdotool", "getwindowgeometry", "--shell", windowId)).requireSuccess().output();
            BufferedImage image = screenshotOnceDemoShown(screenshot, geometry, System.nanoTime() + WINDOW_TIMEOUT.toNanos());
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(640);
            try (Stream<Path> demo = Files.walk(home.resolve(".cache/lumen"))) {
                assertThat(demo.filter(file -> file.getFileName().toString().endsWith(".dcm")).count())
                        .as("the DEMO study generated on first start, in the clean cache").isPositive();
            }
            assertThat(app.isAlive()).as("the app is still running; its log:\n%s", Commands.read(log)).isTrue();
        } finally {
            app.destroy();
            if (!Commands.waitFor(app, Duration.ofSeconds(90))) {
                app.destroyForcibly();
            }
        }
        assertThat(Commands.read(log)).doesNotContain("UnsatisfiedLinkError", "Exception in thread")
                .as("JavaFX loaded as named modules from the runtime, the configuration JavaFX supports")
                .doesNotContain("Unsupported JavaFX configuration", "WARNING: A restricted method")
                .as("SIGTERM closes the window as Quit does, before the JVM's shutdown hooks")
                .contains("lumen: SIGTERM received, closing the workstation");
        assertThat(app.exitValue()).as("exit status of a process ended by SIGTERM; its log:\n%s", Commands.read(log)).isEqualTo(143);
        assertThat(home.resolve(".cache/lumen/lumen.jsa")).as("AppCDS archive written when the app exited").isNotEmptyFile();
        String archived = Commands.run(List.of(unpacked.resolve("opt/lumen/bin/Lumen").toString()),
                Map.of("HOME", home.toString(), "JAVA_TOOL_OPTIONS", "-XX:+PrintSharedArchiveAndExit"), Duration.ofMinutes(1))
                .requireSuccess().output();
        assertThat(archived).as("the next start maps the archive, JavaFX's classes from the runtime's modules in it")
                .contains("archive is valid").containsPattern("[0-9]+: javafx\\.application\\.Platform app_loader")
                .containsPattern("[0-9]+: com\\.sun\\.javafx\\.application\\.PlatformImpl app_loader");
    }

    private static final java.util.regex.Pattern ICON_SIZE = java.util.regex.Pattern.compile("Icon \\((16|32|48|64|128|256) x \\1\\)");

    /**
     * The window's {@code _NET_WM_ICON} as xprop prints it, once it holds an icon: the workstation
     * decodes its icons off the FX thread and sets them after the first image, so the window can be
     * mapped before. Returns the last answer at the deadline (the caller's assertion then says what it was).
     */
    private static String iconOnceSet(String windowId, long deadlineNanos) throws IOException {
        while (true) {
            String icon = Commands.run(List.of("xprop", "-id", windowId, "_NET_WM_ICON")).requireSuccess().output();
            if (ICON_SIZE.matcher(icon).find() || System.nanoTime() > deadlineNanos) {
                return icon;
            }
        }
    }

    /**
     * Takes screenshots of the whole display until the window shows the DEMO study: the window has
     * drawn its content (a mapped but unpainted window leaves the screen one colour) and at least a
     * tenth of it is mid grey (the phantom's soft tissue at the CT window; the dark theme's chrome and
     * the empty viewport's hint text are far less). The DEMO study is generated in the background at
     * first start. Fails at the deadline with the last screenshot. Each round waits for one
     * {@code import} run; there is no fixed sleep.
     */
    private static BufferedImage screenshotOnceDemoShown(Path screenshot, String geometry, long deadlineNanos) throws IOException {
        java.util.Properties window = new java.util.Properties();
        window.load(new java.io.StringReader(geometry));
        java.awt.Rectangle area = new java.awt.Rectangle(Integer.parseInt(window.getProperty("X")), Integer.parseInt(window.getProperty("Y")),
                Integer.parseInt(window.getProperty("WIDTH")), Integer.parseInt(window.getProperty("HEIGHT")));
        while (true) {
            Commands.run(List.of("import", "-window", "root", screenshot.toString())).requireSuccess();
            BufferedImage image = ImageIO.read(screenshot.toFile());
            assertThat(image).as("screenshot %s", screenshot).isNotNull();
            if (distinctColours(image) >= 64 && midGreyShare(image, area.intersection(new java.awt.Rectangle(image.getWidth(), image.getHeight()))) > 0.1) {
                return image;
            }
            if (System.nanoTime() > deadlineNanos) {
                fail("the Lumen window never showed the DEMO study; last screenshot: " + screenshot);
            }
        }
    }

    private static double midGreyShare(BufferedImage image, java.awt.Rectangle area) {
        int grey = 0;
        int all = 0;
        for (int y = area.y; y < area.y + area.height; y += 4) {
            for (int x = area.x; x < area.x + area.width; x += 4) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                all++;
                if (r == g && g == b && r > 90 && r < 200) {
                    grey++;
                }
            }
        }
        return all == 0 ? 0 : (double) grey / all;
    }

    private static int distinctColours(BufferedImage image) {
        var colours = new java.util.HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static String query(Map<String, String> environment, String... command) throws IOException {
        return Commands.run(List.of(command), environment, Duration.ofMinutes(1)).requireSuccess().output().strip();
    }

    private static String contentType(Map<String, String> environment, Path file) throws IOException {
        String info = query(environment, "gio", "info", "--attributes=standard::content-type", file.toString());
        return info.lines().map(String::strip).filter(line -> line.startsWith("standard::content-type:"))
                .map(line -> line.substring("standard::content-type:".length()).strip()).findFirst()
                .orElseThrow(() -> new AssertionError("gio printed no content type for " + file + ":\n" + info));
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
