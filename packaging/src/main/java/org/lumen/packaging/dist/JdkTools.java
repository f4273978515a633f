package org.lumen.packaging.dist;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.spi.ToolProvider;

/** Runs a JDK tool ({@code jdeps}, {@code jlink}, {@code jpackage}) in-process and returns its output. */
final class JdkTools {
    private JdkTools() {}

    /** Runs {@code tool} with {@code args}; throws with the tool's output when it exits non-zero. */
    static String run(String tool, List<String> args) throws IOException {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() ->
                new IOException("this JDK has no " + tool + " (build with a full JDK 25, not a JRE)"));
        var out = new StringWriter();
        int exit;
        try (var writer = new PrintWriter(out)) {
            exit = provider.run(writer, writer, args.toArray(String[]::new));
        }
        if (exit != 0) {
            throw new IOException(tool + " failed (exit " + exit + ") with " + args + ":\n" + out);
        }
        return out.toString();
    }
}
