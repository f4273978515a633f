package org.lumen.packaging.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the app-image and the installer: filters the jars for the host platform, jlinks a runtime
 * of the modules they use with the platform's JavaFX modules, runs {@code jpackage --type app-image}, then {@code jpackage --type
 * <installer> --app-image}. Run by the packaging build's {@code dist} profile:
 * {@code java org.lumen.packaging.dist.DistBuilder --lib ... (see DistRequest.parse)}.
 */
public final class DistBuilder {
    private final DistRequest request;
    private final HostPlatform platform;

    public DistBuilder(DistRequest request, HostPlatform platform) {
        this.request = request;
        this.platform = platform;
    }

    /** Builds everything; returns the app-image folder. */
    public Path build() throws IOException {
        deleteRecursively(request.work());
        Path input = Files.createDirectories(request.work().resolve("input"));
        List<Path> jars = copyJars(input);
        // JavaFX as named modules, linked into the runtime from its platform jars (ADR 0017, amendment)
        List<Path> javafx = javafxJars();
        List<String> modules = RuntimeModules.forJars(jars, javafx);
        Path runtime = request.work().resolve("runtime");
        JdkTools.run("jlink", List.of("--module-path", RuntimeModules.modulePath(javafx),
                "--add-modules", String.join(",", modules), "--strip-debug",
                "--no-header-files", "--no-man-pages", "--generate-cds-archive", "--output", runtime.toString()));
        System.out.printf("dist: runtime of %d modules (%s): %d MiB%n", modules.size(), String.join(",", modules),
                sizeOf(runtime) >> 20);
        Path appImage = request.dest().resolve(DistRequest.APP_NAME);
        deleteRecursively(appImage);
        Files.createDirectories(request.dest());
        JdkTools.run("jpackage", appImageArguments(input, runtime));
        System.out.printf("dist: app-image %s: %d MiB%n", appImage, sizeOf(appImage) >> 20);
        if (request.type() != InstallerType.APP_IMAGE) {
            List<String> args = new ArrayList<>(List.of("--type", request.type().jpackageType(),
                    "--app-image", appImage.toString(), "--name", DistRequest.APP_NAME,
                    "--app-version", request.packageVersion(), "--dest", request.dest().toString(),
                    "--description", "Diagnostic DICOM viewer for cloud PACS (DICOMweb)",
                    "--vendor", "Lumen project"));
            args.addAll(request.type().installerOptions(request));
            JdkTools.run("jpackage", args);
            System.out.println("dist: " + request.type().jpackageType() + " in " + request.dest());
        }
        return appImage;
    }

    List<String> appImageArguments(Path input, Path runtime) throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", DistRequest.APP_NAME,
                "--app-version", request.packageVersion(), "--dest", request.dest().toString(),
                "--input", input.toString(), "--main-jar", request.mainJar(),
                "--main-class", DistRequest.MAIN_CLASS, "--runtime-image", runtime.toString(),
                "--icon", request.icons().resolve(request.type().iconFile()).toString(),
                "--description", "Diagnostic DICOM viewer for cloud PACS (DICOMweb)", "--vendor", "Lumen project"));
        boolean linux = platform.javafxClassifier().startsWith("linux");
        List<String> options = new ArrayList<>(LaunchOptions.read(request.distSources().resolve("jvm.options")));
        // every OS: the JavaFX modules its runtime links in are resolved and may call native code
        options.addAll(LaunchOptions.read(request.distSources().resolve("javafx.options")));
        if (linux) {
            // AppCDS under $HOME/.cache, whose folder the Linux scripts create; not on Windows/macOS yet.
            options.addAll(LaunchOptions.read(request.distSources().resolve("jvm-packaged.options")));
        }
        for (String option : options) {
            args.addAll(List.of("--java-options", option));
        }
        if (platform.javafxClassifier().startsWith("mac")) {
            // Info.plist with CFBundleURLTypes: lumen:// links (jpackage has no option for URL schemes).
            args.addAll(List.of("--resource-dir", request.distSources().resolve("mac").toString()));
        }
        if (request.type() == InstallerType.DEB || (request.type() == InstallerType.APP_IMAGE && linux)) {
            args.addAll(List.of("--app-content", LinuxDesktopFiles.assemble(request).toString()));
        }
        return args;
    }

    private List<Path> copyJars(Path input) throws IOException {
        List<String> names = libJars();
        if (!names.contains(request.mainJar())) {
            throw new IOException("the main jar " + request.mainJar() + " is not in " + request.lib());
        }
        List<Path> copied = new ArrayList<>();
        for (String name : AppJars.forPlatform(names, platform)) {
            copied.add(Files.copy(request.lib().resolve(name), input.resolve(name), StandardCopyOption.COPY_ATTRIBUTES));
        }
        return copied;
    }

    private List<Path> javafxJars() throws IOException {
        List<Path> jars = AppJars.javafxModules(libJars(), platform).stream().map(request.lib()::resolve).toList();
        if (jars.isEmpty()) {
            throw new IOException("no JavaFX jars for " + platform.javafxClassifier() + " in " + request.lib());
        }
        return jars;
    }

    private List<String> libJars() throws IOException {
        try (Stream<Path> files = Files.list(request.lib())) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        new DistBuilder(DistRequest.parse(List.of(args)), HostPlatform.current()).build();
    }
}
