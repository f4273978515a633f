package org.lumen.viewer.qc;

import java.util.List;
import java.util.Objects;

import org.lumen.dicom.DataSet;

/**
 * A series as the QC views see it: its instances' headers (one per file, pixel data left on disk) and
 * what the archive reports.
 *
 * @param uid               Series Instance UID (or the loader's stand-in)
 * @param label             what people call it, e.g. "CT 2 Chest 1.0"
 * @param instances         the instances received, in display order
 * @param reportedInstances Number of Series Related Instances from the archive (QIDO-RS), -1 when unknown
 *                          (a local folder)
 */
public record QcSeries(String uid, String label, List<Instance> instances, int reportedInstances) {
    public QcSeries {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(label, "label");
        instances = List.copyOf(instances);
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one instance");
        }
        if (reportedInstances < -1) {
            throw new IllegalArgumentException("reported instances " + reportedInstances);
        }
    }

    /**
     * One instance (file) of the series.
     *
     * @param label   e.g. "Image 3 (instance 18)"
     * @param header  its data set
     */
    public record Instance(String label, DataSet header) {
        public Instance {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(header, "header");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
