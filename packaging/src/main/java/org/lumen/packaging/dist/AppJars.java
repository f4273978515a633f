package org.lumen.packaging.dist;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses which of the application's jars go into a package for one platform: on the class path,
 * JOGL and GlueGen natives only for that platform, and neither the empty {@code *-main} aggregator
 * jars of JOGL nor ANTLR (JOGL pulls it in for a build-time GLSL tool; nothing loads it at run time)
 * nor any JavaFX jar; JavaFX's modules come from its platform classifier's jars
 * ({@link #javafxModules}), linked into the runtime (the classifier-less JavaFX jars are empty).
 */
public final class AppJars {
    private static final Pattern JOGL_NATIVES = Pattern.compile(".*-natives-([a-z0-9_]+-[a-z0-9_]+)\\.jar");
    private static final Pattern JAVAFX = Pattern.compile("javafx-[a-z]+-[0-9][0-9.]*(?:-([a-z0-9-]+))?\\.jar");
    private static final Pattern EXCLUDED = Pattern.compile("(antlr-.*|gluegen-rt-main-.*|jogl-all-main-.*)\\.jar");

    private AppJars() {}

    /** Returns the jar file names from {@code jarNames} that belong on a package's class path for {@code platform}. */
    public static List<String> forPlatform(List<String> jarNames, HostPlatform platform) {
        return jarNames.stream().filter(name -> keeps(name, platform)).sorted().toList();
    }

    /** Returns the JavaFX jar file names for {@code platform}: the modules the package's runtime links in. */
    public static List<String> javafxModules(List<String> jarNames, HostPlatform platform) {
        return jarNames.stream().filter(name -> {
            Matcher javafx = JAVAFX.matcher(name);
            return javafx.matches() && platform.javafxClassifier().equals(javafx.group(1));
        }).sorted().toList();
    }

    static boolean keeps(String jarName, HostPlatform platform) {
        if (!jarName.endsWith(".jar") || EXCLUDED.matcher(jarName).matches()) {
            return false;
        }
        Matcher natives = JOGL_NATIVES.matcher(jarName);
        if (natives.matches()) {
            return natives.group(1).equals(platform.joglNatives());
        }
        return !JAVAFX.matcher(jarName).matches();
    }
}
