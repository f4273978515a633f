package org.lumen.packaging.dist;

import java.util.List;
import java.util.Locale;

/**
 * An operating system and CPU as the native jars name them: JOGL's natives classifier
 * ({@code natives-linux-amd64}) and JavaFX's classifier ({@code linux}, {@code mac-aarch64}, ...).
 *
 * @param joglNatives the JOGL/GlueGen natives classifier suffix, e.g. {@code linux-amd64}
 * @param javafxClassifier the JavaFX classifier, e.g. {@code linux}
 */
public record HostPlatform(String joglNatives, String javafxClassifier) {
    /** Every platform JOGL 2.6 ships natives for; a package keeps only its own. */
    static final List<String> JOGL_PLATFORMS = List.of("android-aarch64", "android-x86_64", "freebsd-amd64",
            "linux-aarch64", "linux-amd64", "linux-armv6hf", "macosx-universal", "windows-amd64");
    /** Every JavaFX classifier on Maven Central. */
    static final List<String> JAVAFX_CLASSIFIERS = List.of("linux", "linux-aarch64", "mac", "mac-aarch64", "win");

    public HostPlatform {
        if (!JOGL_PLATFORMS.contains(joglNatives)) {
            throw new IllegalArgumentException("unknown JOGL platform " + joglNatives);
        }
        if (!JAVAFX_CLASSIFIERS.contains(javafxClassifier)) {
            throw new IllegalArgumentException("unknown JavaFX classifier " + javafxClassifier);
        }
    }

    /** The platform this JVM runs on. */
    public static HostPlatform current() {
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** The platform for Java's {@code os.name} and {@code os.arch} values. */
    static HostPlatform of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean arm = osArch.equals("aarch64") || osArch.equals("arm64");
        if (os.startsWith("windows")) {
            return new HostPlatform("windows-amd64", "win");
        }
        if (os.startsWith("mac")) {
            return new HostPlatform("macosx-universal", arm ? "mac-aarch64" : "mac");
        }
        if (os.startsWith("linux")) {
            return arm ? new HostPlatform("linux-aarch64", "linux-aarch64") : new HostPlatform("linux-amd64", "linux");
        }
        throw new IllegalArgumentException("no installer for " + osName + " " + osArch);
    }
}
