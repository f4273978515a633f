package org.lumen.packaging.dist;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses which of the application's jars go into a package for one platform: JOGL and GlueGen
 * natives only for that platform, JavaFX only its platform classifier (the classifier-less JavaFX
 * jars are empty), and neither the empty {@code *-main} aggregator jars of JOGL nor ANTLR (JOGL
 * pulls it in for a build-time GLSL tool; nothing loads it at run time).
 */
public final class AppJars {
    private static final Pattern JOGL_NATIVES = Pattern.compile(".*-natives-([a-z0-9_]+-[a-z0-9_]+)\\.jar");
    private static final Pattern JAVAFX = Pattern.compile("javafx-[a-z]+-[0-9][0-9.]*(?:-([a-z0-9-]+))?\\.jar");
    private static final Pattern EXCLUDED = Pattern.compile("(antlr-.*|gluegen-rt-main-.*|jogl-all-main-.*)\\.jar");

    private AppJars() {}

    /** Returns the jar file names from {@code jarNames} that belong in a package for {@code platform}. */
    public static List<String> forPlatform(List<String> jarNames, HostPlatform platform) {
        return jarNames.stream().filter(name -> keeps(name, platform)).sorted().toList();
    }

    static boolean keeps(String jarName, HostPlatform platform) {
        if (!jarName.endsWith(".jar") || EXCLUDED.matcher(jarName).matches()) {
            return false;
        }
        Matcher natives = JOGL_NATIVES.matcher(jarName);
        if (natives.matches()) {
            return natives.group(1).equals(platform.joglNatives());
        }
        Matcher javafx = JAVAFX.matcher(jarName);
        if (javafx.matches()) {
            return platform.javafxClassifier().equals(javafx.group(1));
        }
        return true;
    }
}
