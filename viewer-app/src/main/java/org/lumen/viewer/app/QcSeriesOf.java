package org.lumen.viewer.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lumen.dicom.Tag;
import org.lumen.viewer.qc.QcSeries;
import org.lumen.viewer.stream.SliceState;

/** An opened series as the QC views see it: one instance per file, in display order. */
final class QcSeriesOf {
    private QcSeriesOf() {}

    /**
     * The series' instances; of a streamed series whose slices could not be retrieved (priors2: a partial series
     * opened offline, its missing slices marked), only those received: QC then finds them missing against the
     * plan's count, as the strip's tile says "⚠ n of N".
     */
    static QcSeries of(OpenedSeries series, int reportedInstances) {
        List<QcSeries.Instance> instances = new ArrayList<>();
        Set<java.nio.file.Path> seen = new LinkedHashSet<>();
        List<SliceState> states = series.streaming().map(StreamedSlices::states).orElse(List.of());
        boolean lost = states.contains(SliceState.FAILED);
        Set<java.nio.file.Path> planned = new LinkedHashSet<>();
        for (int i = 0; i < series.images().size(); i++) {
            OpenedSeries.Image image = series.images().get(i);
            planned.add(image.file());
            if (lost && states.get(i) == SliceState.FAILED) {
                continue; // not received: missing, not an instance of what is shown
            }
            if (seen.add(image.file())) {
                instances.add(new QcSeries.Instance("Image " + (i + 1) + " (instance "
                        + image.dataSet().getString(Tag.InstanceNumber, "?") + ")", image.dataSet()));
            }
        }
        var ds = series.first();
        String label = (ds.getString(Tag.Modality, "") + " " + ds.getString(Tag.SeriesNumber, "") + " "
                + ds.getString(Tag.SeriesDescription, "")).strip().replaceAll("\\s+", " ");
        int reported = lost ? Math.max(reportedInstances, planned.size()) : reportedInstances;
        return new QcSeries(SeriesCatalog.uid(series), label.isEmpty() ? SeriesCatalog.uid(series) : label, instances, reported);
    }

    /** Which instance (file) of {@link #of} shows image {@code index} of the series. */
    static int instanceOf(OpenedSeries series, int index) {
        Set<java.nio.file.Path> seen = new LinkedHashSet<>();
        List<SliceState> states = series.streaming().map(StreamedSlices::states).orElse(List.of());
        boolean lost = states.contains(SliceState.FAILED);
        for (int i = 0; i <= index && i < series.images().size(); i++) {
            if (!lost || states.get(i) != SliceState.FAILED) {
                seen.add(series.images().get(i).file());
            }
        }
        return Math.max(0, seen.size() - 1);
    }
}
