package org.lumen.rendering.gl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JOGL prints stack traces on standard error while it probes (without a display: "Caught handled
 * GLException: EGLGLXDrawableFactory ..."). A fresh JVM (JOGL initializes once per process) probes
 * the GPU; its standard error must stay empty and JOGL's text must appear in the DEBUG log instead.
 */
@Tag("gpu")
class QuietStderrTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run probe(boolean withDisplay) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", System.getProperty("java.class.path"),
                ProbeInChildJvm.class.getName()));
        if (!withDisplay) {
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
        }
        Path out = dir.resolve("out" + withDisplay);
        Path err = dir.resolve("err" + withDisplay);
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the probe did not end within 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void probingWithoutADisplayKeepsStderrCleanAndLogsJoglsTracesAtDebug() throws Exception {
        Run run = probe(false);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("probe: Unavailable");
        assertThat(run.err()).as("standard error").isEmpty();
        assertThat(run.out()).as("JOGL's traces, logged at DEBUG").contains("DEBUG StderrCapture - JOGL wrote while creating a GL context")
                .contains("GLException");
    }

    @Test
    void probingWithADisplayKeepsStderrClean() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run under xvfb-run");
        Run run = probe(true);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("probe: Available");
        assertThat(run.err()).as("standard error").isEmpty();
    }
}
