package org.lumen.packaging.acceptance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an external command to completion within a deadline, capturing stdout and stderr together. */
final class Commands {
    private Commands() {}

    /** What a finished command left. */
    record Result(List<String> command, int exitCode, String output) {
        Result requireSuccess() {
            if (exitCode != 0) {
                throw new AssertionError(command + " exited " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    static Result run(List<String> command, Map<String, String> environment, Duration timeout) throws IOException {
        Path log = Files.createTempFile("lumen-command", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(environment);
            Process process = start(builder);
            if (!waitFor(process, timeout)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + timeout + ":\n" + read(log));
            }
            return new Result(command, process.exitValue(), read(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static Result run(List<String> command) throws IOException {
        return run(command, Map.of(), Duration.ofMinutes(2));
    }

    static Process start(ProcessBuilder builder) throws IOException {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IOException("cannot run " + builder.command().getFirst()
                    + " (CI installs it: .ci/install-deps.sh test): " + e.getMessage(), e);
        }
    }

    static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted while waiting for " + process.info().command().orElse("a command"), e);
        }
    }

    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, 0, Math.min(bytes.length, 1 << 20), StandardCharsets.UTF_8);
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }
}
