package org.lumen.viewer.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lumen.dicom.Tag;
import org.lumen.viewer.qc.QcSeries;

/** An opened series as the QC views see it: one instance per file, in display order. */
final class QcSeriesOf {
    private QcSeriesOf() {}

    static QcSeries of(OpenedSeries series, int reportedInstances) {
        List<QcSeries.Instance> instances = new ArrayList<>();
        Set<java.nio.file.Path> seen = new LinkedHashSet<>();
        for (int i = 0; i < series.images().size(); i++) {
            OpenedSeries.Image image = series.images().get(i);
            if (seen.add(image.file())) {
                instances.add(new QcSeries.Instance("Image " + (i + 1) + " (instance "
                        + image.dataSet().getString(Tag.InstanceNumber, "?") + ")", image.dataSet()));
            }
        }
        var ds = series.first();
        String label = (ds.getString(Tag.Modality, "") + " " + ds.getString(Tag.SeriesNumber, "") + " "
                + ds.getString(Tag.SeriesDescription, "")).strip().replaceAll("\\s+", " ");
        return new QcSeries(SeriesCatalog.uid(series), label.isEmpty() ? SeriesCatalog.uid(series) : label, instances, reportedInstances);
    }

    /** Which instance (file) of {@link #of} shows image {@code index} of the series. */
    static int instanceOf(OpenedSeries series, int index) {
        Set<java.nio.file.Path> seen = new LinkedHashSet<>();
        for (int i = 0; i <= index && i < series.images().size(); i++) {
            seen.add(series.images().get(i).file());
        }
        return Math.max(0, seen.size() - 1);
    }
}
