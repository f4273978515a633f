package org.lumen.packaging.dist;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to build: the application's jars, the version, which installer, and where the inputs and
 * outputs live. Parsed from {@code --name value} pairs, all required.
 *
 * @param lib folder with every runtime jar ({@code packaging/target/app/lib})
 * @param mainJar file name of the jar holding the main class
 * @param version the Maven project version; installers get its numeric part ({@link #packageVersion()})
 * @param type the installer to make after the app-image
 * @param icons the icon set folder written by {@code IconSetBuilder}
 * @param distSources {@code packaging/src/dist}: JVM options, desktop files, installer resources
 * @param work scratch folder (filtered jars, the jlinked runtime), emptied first
 * @param dest where the app-image and the installer are written
 */
public record DistRequest(Path lib, String mainJar, String version, InstallerType type, Path icons,
        Path distSources, Path work, Path dest) {
    /** The main class every launcher starts. */
    public static final String MAIN_CLASS = "org.lumen.viewer.Main";
    /** The launcher and app-image name. */
    public static final String APP_NAME = "Lumen";

    public DistRequest {
        Objects.requireNonNull(lib, "lib");
        Objects.requireNonNull(mainJar, "main-jar");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(icons, "icons");
        Objects.requireNonNull(distSources, "dist-sources");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(dest, "dest");
        if (!version.matches("[0-9]+(\\.[0-9]+){0,2}([-.].*)?")) {
            throw new IllegalArgumentException("version must start with 1 to 3 numbers (jpackage needs them): " + version);
        }
    }

    /** The numeric part of the version ({@code 0.1.0} for {@code 0.1.0-SNAPSHOT}), as installers want it. */
    public String packageVersion() {
        return version.split("[-+]", 2)[0];
    }

    /** Parses {@code --lib DIR --main-jar NAME --version V --type deb|msi|dmg|app-image --icons DIR
     *  --dist-sources DIR --work DIR --dest DIR}. */
    public static DistRequest parse(List<String> args) {
        if (args.size() % 2 != 0) {
            throw new IllegalArgumentException("arguments come in --name value pairs: " + args);
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!name.startsWith("--") || values.put(name.substring(2), args.get(i + 1)) != null) {
                throw new IllegalArgumentException("expected a new --name at argument " + (i + 1) + ": " + name);
            }
        }
        DistRequest request = new DistRequest(path(values, "lib"), required(values, "main-jar"),
                required(values, "version"), InstallerType.named(required(values, "type")), path(values, "icons"),
                path(values, "dist-sources"), path(values, "work"), path(values, "dest"));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown arguments: " + values.keySet());
        }
        return request;
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.remove(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    private static Path path(Map<String, String> values, String name) {
        return Path.of(required(values, name));
    }
}
