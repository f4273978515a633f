package org.lumen.viewer.stream;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one streamed opening of a series took, in milliseconds from the open: series metadata in, first slice
 * decoded (ready for display), every slice decoded; the frame bytes received, and what came back, honestly:
 * slices per transfer syntax and how many were lossy; which request came first ("instance" or "metadata") and
 * the QIDO-RS series search made before the clock started (the instance count the viewer's strip knows).
 */
public record StreamReport(int slices, double metadataMs, double firstSliceMs, double fullMs, long frameBytes,
        int lossySlices, int failedSlices, Map<String, Integer> bySyntax, double qidoMs, String first) {
    public StreamReport {
        bySyntax = Map.copyOf(new TreeMap<>(bySyntax));
    }

    /** A report of an opening that started with the series' metadata (no QIDO-RS search before it). */
    public StreamReport(int slices, double metadataMs, double firstSliceMs, double fullMs, long frameBytes, int lossySlices,
            int failedSlices, Map<String, Integer> bySyntax) {
        this(slices, metadataMs, firstSliceMs, fullMs, frameBytes, lossySlices, failedSlices, bySyntax, 0, "metadata");
    }

    public String toJson() {
        StringBuilder syntaxes = new StringBuilder();
        new TreeMap<>(bySyntax).forEach((k, v) -> syntaxes.append(syntaxes.isEmpty() ? "" : ",").append('"').append(k).append("\":").append(v));
        return String.format(Locale.ROOT, "{\"slices\":%d,\"metadataMs\":%.1f,\"firstSliceMs\":%.1f,\"fullMs\":%.1f,"
                + "\"frameBytes\":%d,\"lossySlices\":%d,\"failedSlices\":%d,\"bySyntax\":{%s},\"first\":\"%s\",\"qidoMs\":%.1f}",
                slices, metadataMs, firstSliceMs, fullMs, frameBytes, lossySlices, failedSlices, syntaxes, first, qidoMs);
    }
}
