package org.lumen.packaging.icons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an independent reader (ImageMagick, icnsutils) and returns its output; fails loudly if it is missing. */
final class ExternalTool {
    private ExternalTool() {}

    static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command[0] + " is missing (CI installs it: .ci/install-deps.sh test)", e);
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readNBytes(1 << 20);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(List.of(command) + " did not finish within 60 s");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(List.of(command) + " exited " + process.exitValue() + ": " + text);
        }
        return text;
    }
}
