package org.lumen.packaging.dist;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The Java modules the trimmed runtime holds: what {@code jdeps --print-module-deps} finds in the
 * application's jars (the JavaFX modules among them, found on the module path), plus {@link #ADDED},
 * which static analysis cannot see. {@code jlink} adds the modules those require.
 */
public final class RuntimeModules {
    /**
     * Modules used only reflectively or by name at run time: {@code jdk.unsupported}
     * ({@code sun.misc.Unsafe}, used by JOGL's GlueGen and Okio), {@code jdk.charsets} (the DICOM
     * character sets ISO 2022 JP/KR, Big5, TIS-620, ISO 8859-3/6/8 are looked up by name),
     * {@code jdk.crypto.ec} (elliptic-curve TLS; since JDK 22 the provider lives in java.base and
     * the module is empty, kept so the list stays right on older runtimes), {@code jdk.jfr} (a flight
     * recording of a slow or stuck workstation at a site, {@code jcmd <pid> JFR.start}; jdeps found it
     * only while JavaFX was on the class path, ADR 0017).
     */
    public static final List<String> ADDED = List.of("jdk.unsupported", "jdk.charsets", "jdk.crypto.ec", "jdk.jfr");

    private RuntimeModules() {}

    /**
     * Returns the sorted module list for a runtime running {@code jars} (on the class path) with the
     * modular jars {@code modulePath} (JavaFX) linked in.
     */
    public static List<String> forJars(List<Path> jars, List<Path> modulePath) throws IOException {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", Integer.toString(Runtime.version().feature())));
        if (!modulePath.isEmpty()) {
            args.addAll(List.of("--module-path", modulePath(modulePath)));
        }
        jars.forEach(jar -> args.add(jar.toString()));
        return merge(JdkTools.run("jdeps", args));
    }

    /** The jars as one {@code --module-path} value. */
    static String modulePath(List<Path> jars) {
        return String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
    }

    /** Parses jdeps' comma-separated module line (the last line; warnings may precede it) and adds {@link #ADDED}. */
    static List<String> merge(String jdepsOutput) {
        String[] lines = jdepsOutput.strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        if (!last.matches("[a-z][a-z0-9_.]*(,[a-z][a-z0-9_.]*)*")) {
            throw new IllegalArgumentException("jdeps printed no module list; its last line: " + last);
        }
        var modules = new TreeSet<>(Arrays.asList(last.split(",")));
        modules.addAll(ADDED);
        return List.copyOf(modules);
    }
}
