package org.lumen.viewer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Progress of {@code lumen web retrieve} on the error stream. On a terminal, one line redrawn in
 * place ({@code \r}) as each file is saved: a bar when the number of instances is known, the count,
 * megabytes and rate, fitted to the terminal's width; a newline at the end. Elsewhere (a pipe, a
 * log file) plain text, one line per saved file, so that logs stay readable. Not thread-safe: the
 * retrieving thread calls it.
 */
final class RetrieveProgress {
    private final PrintWriter err;
    private final CliEnvironment environment;
    private final OptionalInt total;
    private final long start;
    private int done;
    private long bytes;

    RetrieveProgress(PrintWriter err, CliEnvironment environment, OptionalInt total) {
        this.err = err;
        this.environment = environment;
        this.total = total;
        this.start = environment.nanoClock().getAsLong();
    }

    /** One more file saved. */
    void saved(String fileName, long size) {
        done++;
        bytes += size;
        if (environment.terminal()) {
            double seconds = (environment.nanoClock().getAsLong() - start) / 1e9;
            String text = line(done, total, bytes, seconds, environment.columns());
            err.print("\r" + text + " ".repeat(environment.columns() - 1 - text.length()));
        } else {
            err.println(fileName + "\t" + size + " bytes" + total.stream().mapToObj(t -> "\t" + done + "/" + t).findFirst().orElse(""));
        }
        err.flush();
    }

    /** Ends the redrawn line on a terminal. */
    void finish() {
        if (environment.terminal() && done > 0) {
            err.println();
            err.flush();
        }
    }

    /**
     * The progress line, at most {@code columns - 1} characters (the last column is left free so the
     * terminal does not wrap): {@code [#####.....]  45/200  23.6 MB  11.8 MB/s}, or without the bar
     * and total when the total is unknown.
     */
    static String line(int done, OptionalInt total, long bytes, double seconds, int columns) {
        String rate = seconds > 0 ? String.format(Locale.ROOT, "  %.1f MB/s", bytes / seconds / 1e6) : "";
        String counts = total.isPresent() ? done + "/" + total.getAsInt() : done + " instances";
        String tail = String.format(Locale.ROOT, "%s  %.1f MB%s", counts, bytes / 1e6, rate);
        int barWidth = columns - 1 - tail.length() - 4;
        if (total.isEmpty() || barWidth < 10) {
            return tail.length() <= columns - 1 ? tail : tail.substring(0, columns - 1);
        }
        int filled = total.getAsInt() == 0 ? barWidth : (int) Math.min(barWidth, (long) barWidth * done / total.getAsInt());
        return "[" + "#".repeat(filled) + ".".repeat(barWidth - filled) + "]  " + tail;
    }
}
