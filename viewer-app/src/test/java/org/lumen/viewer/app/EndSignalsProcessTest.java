package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.Main;
import org.lumen.viewer.testdata.Displays;

/**
 * The workstation, started as {@code ./lumen} starts it (its own JVM, a fresh account, the DEMO
 * study), and then sent SIGTERM as a desktop session's logout or a service manager sends it: it closes
 * its window as Quit does, stops JavaFX before the JVM's shutdown hooks run (no exception from the FX
 * thread, which JavaFX's own hook could cause), and exits with 143 as a process ended by SIGTERM.
 */
@UiTest
class EndSignalsProcessTest {
    @TempDir
    Path home;

    @Test
    void sigtermClosesTheWorkstationAsQuitDoesAndExitsWith143() throws Exception {
        Displays.require();
        Path output = home.resolve("lumen.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-D" + StartupTiming.PROPERTY + "=log", Main.class.getName()))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        Process app = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.readString(output).contains("lumen-startup ")) { // the DEMO image is shown and the FX thread answers
                assertThat(app.isAlive()).as("the workstation is running; its output:\n%s", Files.readString(output)).isTrue();
                assertThat(System.nanoTime()).as("the DEMO image within 90 s; output:\n%s", Files.readString(output))
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
            app.destroy(); // SIGTERM
            assertThat(app.waitFor(EndSignals.GRACE.toSeconds() + 30, TimeUnit.SECONDS)).as("exited").isTrue();
        } finally {
            app.destroyForcibly();
        }
        String log = Files.readString(output);
        assertThat(log).as("the workstation's output").contains("lumen: SIGTERM received, closing the workstation")
                .doesNotContain("Exception in thread", "did not close within", "shutdown did not finish");
        assertThat(app.exitValue()).as("exit status of a process ended by SIGTERM").isEqualTo(EndSignals.exitStatus(15))
                .isEqualTo(143);
    }
}
