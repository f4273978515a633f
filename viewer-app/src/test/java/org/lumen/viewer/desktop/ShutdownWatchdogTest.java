package org.lumen.viewer.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** SIGTERM ends a process whose shutdown hook hangs only when the watchdog is installed. */
class ShutdownWatchdogTest {
    @org.junit.jupiter.api.io.TempDir
    Path dir;

    private Path output;

    private Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                HangingShutdownMain.class.getName()));
        command.addAll(List.of(args));
        output = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(output).contains("ready")) {
            assertThat(System.nanoTime()).as("the child started").isLessThan(deadline);
            assertThat(process.isAlive()).as("the child is running: %s", Files.readString(output)).isTrue();
            Thread.sleep(20);
        }
        return process;
    }

    @Test
    void aHungShutdownHookIsCutShortAfterTheGracePeriod() throws Exception {
        Process process = start("watchdog");
        long t0 = System.nanoTime();
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(ShutdownWatchdog.GRACE.toSeconds() + 20, TimeUnit.SECONDS)).as("exited").isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(output)).contains("shutdown did not finish")
                .as("the stuck hook's stack is printed").contains(HangingShutdownMain.class.getName() + ".lambda$main$");
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(ShutdownWatchdog.GRACE.toNanos());
    }

    @Test
    void withoutTheWatchdogTheSameProcessHangs() throws Exception {
        Process process = start();
        process.destroy();
        try {
            assertThat(process.waitFor(ShutdownWatchdog.GRACE.toSeconds() + 5, TimeUnit.SECONDS)).as("still running").isFalse();
        } finally {
            process.destroyForcibly().waitFor();
        }
    }
}
