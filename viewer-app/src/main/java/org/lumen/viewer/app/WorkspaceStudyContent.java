package org.lumen.viewer.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.sr.ImageRef;
import org.lumen.viewer.keys.StudyContent;
import org.lumen.viewer.keys.UserMeasurement;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.Measurement;
import org.lumen.viewer.measure.MeasurementStore;

/**
 * The workstation's opened series and measurement store, as a save of key images and measurements
 * reads them ({@link StudyContent}). FX thread only; pixels are decoded when a save asks, off it.
 */
final class WorkspaceStudyContent implements StudyContent {
    private final SeriesCatalog catalog;
    private final MeasurementStore store;

    WorkspaceStudyContent(SeriesCatalog catalog, MeasurementStore store) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The reference a key object selection or a report makes to one frame (0: a single-frame image). */
    static ImageRef ref(OpenedSeries.Image image) {
        DataSet ds = image.dataSet();
        return new ImageRef(ds.getString(Tag.SeriesInstanceUID, ""), ds.getString(Tag.SOPClassUID, ""),
                ds.getString(Tag.SOPInstanceUID, ""), image.framesInFile() > 1 ? image.frame() + 1 : 0);
    }

    /** The key of the image in the measurement store (SOP Instance UID, else the file, and the 0-based frame). */
    static String storeKey(OpenedSeries.Image image) {
        return MeasurementStore.key(image.dataSet().getString(Tag.SOPInstanceUID, image.file().toString()), image.frame());
    }

    static String studyUid(OpenedSeries.Image image) {
        return image.dataSet().getString(Tag.StudyInstanceUID, "");
    }

    @Override
    public Optional<DataSet> anyImage(String studyUid) {
        return images(studyUid).values().stream().findFirst().map(OpenedSeries.Image::dataSet);
    }

    @Override
    public List<UserMeasurement> measurements(String studyUid) {
        List<UserMeasurement> out = new ArrayList<>();
        for (Map.Entry<String, OpenedSeries.Image> e : images(studyUid).entrySet()) {
            OpenedSeries.Image image = e.getValue();
            if (image.dataSet().getString(Tag.SOPInstanceUID, "").isEmpty()) {
                continue; // a report cannot refer to an image without its UID
            }
            Calibration calibration = Calibration.of(image.dataSet());
            for (Measurement m : store.on(e.getKey())) {
                out.add(new UserMeasurement(e.getKey(), ref(image), m, calibration,
                        () -> SliceRasterizer.modalityPixels(image, SliceRasterizer.decode(image))));
            }
        }
        return out;
    }

    @Override
    public void forget(List<UserMeasurement> saved) {
        for (UserMeasurement u : saved) {
            int at = store.on(u.storeKey()).indexOf(u.measurement());
            if (at >= 0) {
                store.remove(u.storeKey(), at);
            }
        }
    }

    /** The open images of the study by store key, in catalog order, each once. */
    private Map<String, OpenedSeries.Image> images(String studyUid) {
        Map<String, OpenedSeries.Image> byKey = new LinkedHashMap<>();
        for (OpenedSeries series : catalog.all()) {
            for (OpenedSeries.Image image : series.images()) {
                if (studyUid.equals(studyUid(image))) {
                    byKey.putIfAbsent(storeKey(image), image);
                }
            }
        }
        return byKey;
    }
}
