package org.lumen.viewer.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;

/** Runs {@code lumen} in process and keeps its exit code, stdout and stderr. */
final class RenderRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    final int code;
    final String out;
    final String err;

    private RenderRun(int code, String out, String err) {
        this.code = code;
        this.out = out;
        this.err = err;
    }

    static RenderRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = LumenCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new RenderRun(code, out.toString(), err.toString());
    }

    JsonNode json() throws IOException {
        return JSON.readTree(out);
    }

    static int[][] grey(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new AssertionError("not an 8-bit grey PNG: type " + image.getType());
        }
        int[][] g = new int[image.getHeight()][image.getWidth()];
        for (int y = 0; y < g.length; y++) {
            for (int x = 0; x < g[y].length; x++) {
                g[y][x] = image.getRaster().getSample(x, y, 0);
            }
        }
        return g;
    }
}
