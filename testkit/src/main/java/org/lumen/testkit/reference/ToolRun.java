package org.lumen.testkit.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outcome of running one external command with a timeout. Output goes to temporary files (no
 * pipe can fill up and block the tool) and is read back, capped, afterwards.
 *
 * @param command  the command line
 * @param exitCode the exit status; -1 when timed out
 * @param timedOut whether the timeout killed it
 * @param stdout   standard output (first 1 MiB)
 * @param stderr   standard error (first 64 KiB)
 */
record ToolRun(List<String> command, int exitCode, boolean timedOut, String stdout, String stderr) {

    private static final int MAX_STDOUT = 1 << 20;
    private static final int MAX_STDERR = 64 << 10;

    ToolRun {
        command = List.copyOf(command);
    }

    static ToolRun run(List<String> command, Duration timeout) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("lumen-tool-", ".out");
            err = Files.createTempFile("lumen-tool-", ".err");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            return new ToolRun(command, finished ? p.exitValue() : -1, !finished, head(out, MAX_STDOUT),
                    head(err, MAX_STDERR));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static String head(Path file, int max) throws IOException {
        long size = Files.size(file);
        byte[] bytes;
        try (var in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(size, max));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return size > max ? text + "\n... (" + (size - max) + " more bytes)" : text;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a leftover temp file is harmless
            }
        }
    }
}
