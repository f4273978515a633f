package org.lumen.packaging.icons;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders an SVG file to a square PNG with librsvg's {@code rsvg-convert} (Debian package
 * {@code librsvg2-bin}, installed by {@code .ci/install-deps.sh}). Fails with the tool's own message
 * when it is missing or refuses the file; never waits more than a minute per rendering.
 */
public final class SvgRasterizer {
    private static final long TIMEOUT_SECONDS = 60;
    private static final int MAX_PNG_BYTES = 64 << 20;
    private final String executable;

    /** Uses {@code rsvg-convert} from the PATH. */
    public SvgRasterizer() {
        this("rsvg-convert");
    }

    SvgRasterizer(String executable) {
        this.executable = executable;
    }

    /** Returns the SVG rendered at {@code size} x {@code size} pixels. */
    public IconImage render(Path svg, int size) throws IOException {
        if (!Files.isRegularFile(svg)) {
            throw new IOException("no SVG file at " + svg);
        }
        List<String> command = List.of(executable, "--width", Integer.toString(size),
                "--height", Integer.toString(size), "--format", "png", svg.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + executable + " (install librsvg2-bin: .ci/install-deps.sh test): "
                    + e.getMessage(), e);
        }
        process.getOutputStream().close();
        var errors = new ByteArrayOutputStream();
        Thread errorReader = Thread.ofVirtual().start(() -> copyQuietly(process.getErrorStream(), errors));
        byte[] png = readBounded(process.getInputStream());
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(executable + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            errorReader.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering " + svg, e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(executable + " failed (exit " + process.exitValue() + ") on " + svg + ": "
                    + errors.toString(java.nio.charset.StandardCharsets.UTF_8).strip());
        }
        return new IconImage(size, png);
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_PNG_BYTES + 1);
        if (bytes.length > MAX_PNG_BYTES) {
            throw new IOException("rendered PNG is larger than " + MAX_PNG_BYTES + " bytes");
        }
        return bytes;
    }

    private static void copyQuietly(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
