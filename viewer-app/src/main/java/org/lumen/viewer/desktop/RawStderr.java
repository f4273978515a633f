package org.lumen.viewer.desktop;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error written straight to file descriptor 2: the GL renderer swaps {@code System.err} for
 * a buffer while JOGL probes (docs/threading.md), so a line that must reach the terminal at any moment
 * (start-up timing, a signal's notice, a stuck shutdown's thread stacks) goes here.
 */
public final class RawStderr {
    private RawStderr() {}

    /** Prints {@code line} and a line end on file descriptor 2, flushed. */
    public static void println(String line) {
        stream().println(line);
    }

    /** A stream on file descriptor 2 that flushes at each line, for many lines at once. */
    public static PrintStream stream() {
        return new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    }
}
