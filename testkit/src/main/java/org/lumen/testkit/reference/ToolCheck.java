package org.lumen.testkit.reference;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Fails loudly, naming the Debian package to install, when a reference tool is missing. Tests that
 * need a tool call {@link #require(String...)} first: CI installs the tools, so a missing one is a
 * broken environment, never a reason to skip.
 */
public final class ToolCheck {

    /** The only Python with pydicom: the pyenv {@code python3} on PATH has none. */
    public static final Path SYSTEM_PYTHON = Path.of("/usr/bin/python3");

    private ToolCheck() {
    }

    /**
     * Checks that every tool is an executable on PATH (or an absolute path to one).
     *
     * @return the resolved path of the last tool, for convenience
     * @throws IllegalStateException naming the missing tool and its apt package
     */
    public static Path require(String... tools) {
        Path last = Path.of("/");
        for (String tool : tools) {
            last = locate(tool).orElseThrow(() -> new IllegalStateException("Reference tool '" + tool
                    + "' not found on PATH; install the Debian package '" + debianPackage(tool)
                    + "' (apt-get install " + debianPackage(tool) + ")"));
        }
        return last;
    }

    /** Checks that {@code /usr/bin/python3} exists and can import pydicom. */
    public static void requirePydicom() {
        if (!Files.isExecutable(SYSTEM_PYTHON)) {
            throw new IllegalStateException(SYSTEM_PYTHON + " is missing; apt-get install python3 python3-pydicom");
        }
        ToolRun run = ToolRun.run(java.util.List.of(SYSTEM_PYTHON.toString(), "-c", "import pydicom"),
                java.time.Duration.ofSeconds(60));
        if (run.exitCode() != 0) {
            throw new IllegalStateException(SYSTEM_PYTHON + " cannot import pydicom; apt-get install python3-pydicom: "
                    + run.stderr());
        }
    }

    /** Where the tool lives, if anywhere. */
    public static Optional<Path> locate(String tool) {
        if (tool.isBlank()) {
            throw new IllegalArgumentException("blank tool name");
        }
        if (tool.indexOf('/') >= 0) {
            Path p = Path.of(tool);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, tool);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The Debian package that ships the tool. */
    static String debianPackage(String tool) {
        String name = Path.of(tool).getFileName().toString();
        if (name.startsWith("dcm") || name.equals("dump2dcm") || name.equals("img2dcm")) {
            return "dcmtk";
        }
        if (name.startsWith("gdcm")) {
            return "libgdcm-tools";
        }
        if (name.equals("Orthanc")) {
            return "orthanc";
        }
        if (name.startsWith("python3")) {
            return "python3-pydicom";
        }
        return "providing " + name;
    }
}
