package org.lumen.viewer.stream;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A time line of one streamed opening, for profiling ({@code lumen web stream --trace}): phases (the QIDO-RS
 * search, the first slice, the series metadata), each frame request (start, end, frames, bytes, transfer syntax),
 * each frame's arrival and the end of its decoding (with the decoding's own time). Times are milliseconds since
 * the trace began, and the wall clock at that moment is written too so that samples taken outside the process
 * (the server's CPU) can be laid beside it. {@link #OFF} records nothing. Thread-safe.
 */
public final class StreamTrace {
    /** Records nothing. */
    public static final StreamTrace OFF = new StreamTrace(false);
    private final boolean on;
    private final long startNanos = System.nanoTime();
    private final long startEpochMillis = System.currentTimeMillis();
    /** Events as recorded; formatted only when written (formatting on the fetch and decode threads cost CPU the open needs). */
    private final List<Event> events = new ArrayList<>();

    private record Event(double at, String kind, String format, Object[] args) {
        String json() {
            String fields = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
            return String.format(Locale.ROOT, "{\"ms\":%.2f,\"event\":\"%s\"%s%s}", at, kind, fields.isEmpty() ? "" : ",", fields);
        }
    }

    private StreamTrace(boolean on) {
        this.on = on;
    }

    /** A trace that records, starting now. */
    public static StreamTrace start() {
        return new StreamTrace(true);
    }

    public boolean on() {
        return on;
    }

    /** Milliseconds since the trace started. */
    public double ms() {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** An event now: its kind and its fields as JSON members (e.g. {@code "\"frames\":4"}), or empty. */
    public void event(String kind, String fields) {
        if (on) {
            add(ms(), kind, fields);
        }
    }

    /** An event at {@code atMs} (from {@link #ms()}). */
    public void event(double atMs, String kind, String fields) {
        if (on) {
            add(atMs, kind, fields);
        }
    }

    /** An event now whose fields are {@code format} with {@code args} ({@link String#format}), formatted when written. */
    private void eventf(String kind, String format, Object... args) {
        if (on) {
            double at = ms();
            synchronized (this) {
                events.add(new Event(at, kind, format, args));
            }
        }
    }

    private synchronized void add(double at, String kind, String fields) {
        events.add(new Event(at, kind, fields, new Object[0]));
    }

    /** The frame source whose requests are traced. */
    public FrameSource traced(FrameSource source) {
        if (!on) {
            return source;
        }
        return new FrameSource() {
            @Override
            public void fetch(String studyUid, String seriesUid, String instanceUid, int[] frames, org.lumen.dicomweb.FrameConsumer consumer)
                    throws IOException {
                double t = ms();
                long[] bytes = {0};
                String[] syntax = {""};
                double[] firstPart = {-1};
                try {
                    source.fetch(studyUid, seriesUid, instanceUid, frames, part -> {
                        if (firstPart[0] < 0) {
                            firstPart[0] = ms();
                        }
                        bytes[0] += part.data().length;
                        syntax[0] = part.transferSyntaxUid();
                        eventf("frame", "\"instance\":\"%s\",\"frame\":%d,\"bytes\":%d", instanceUid, part.frameNumber(), part.data().length);
                        consumer.accept(part);
                    });
                } finally {
                    eventf("request", "\"start\":%.2f,\"firstPart\":%.2f,\"frames\":%d,\"bytes\":%d,\"syntax\":\"%s\"",
                            t, firstPart[0], frames.length, bytes[0], syntax[0]);
                }
            }

            @Override
            public void decoded(String transferSyntaxUid, int bytes, long nanos) {
                eventf("decoded", "\"syntax\":\"%s\",\"bytes\":%d,\"decodeMs\":%.2f", transferSyntaxUid, bytes, nanos / 1e6);
                source.decoded(transferSyntaxUid, bytes, nanos);
            }
        };
    }

    /** Writes the events as JSON lines, the first naming the wall clock at the start. */
    public synchronized void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"ms\":0,\"event\":\"start\",\"epochMs\":" + startEpochMillis + "}\n");
            for (Event e : events) {
                w.write(e.json());
                w.write('\n');
            }
        }
    }
}
