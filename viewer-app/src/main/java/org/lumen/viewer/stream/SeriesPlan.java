package org.lumen.viewer.stream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.rendering.geometry.Vec3;

/**
 * A series to fetch: its slices in display order (along the slice normal by Image Position (Patient), by
 * Instance Number where there is no geometry; multi-frame instances give one slice per frame).
 */
public record SeriesPlan(String studyUid, String seriesUid, List<SliceRef> slices) {
    public SeriesPlan {
        Objects.requireNonNull(studyUid, "studyUid");
        Objects.requireNonNull(seriesUid, "seriesUid");
        slices = List.copyOf(slices);
    }

    /** The plan from the server's series metadata (one request). */
    public static SeriesPlan fetch(DicomWebClient client, String studyUid, String seriesUid) throws IOException {
        return of(studyUid, seriesUid, client.seriesMetadata(studyUid, seriesUid));
    }

    /** The plan from instance metadata; instances without pixel description (no Rows) are left out. */
    public static SeriesPlan of(String studyUid, String seriesUid, List<DataSet> instances) {
        List<DataSet> images = new ArrayList<>(instances.stream()
                .filter(ds -> ds.contains(Tag.Rows) && !ds.getString(Tag.SOPInstanceUID, "").isEmpty()).toList());
        double[] orientation = images.isEmpty() ? new double[0] : images.get(0).getDoubles(Tag.ImageOrientationPatient);
        boolean geometry = orientation.length == 6
                && images.stream().allMatch(ds -> ds.getDoubles(Tag.ImagePositionPatient).length == 3);
        if (geometry) {
            Vec3 normal = Vec3.of(orientation, 0).cross(Vec3.of(orientation, 3));
            images.sort(Comparator.comparingDouble(ds -> normal.dot(Vec3.of(ds.getDoubles(Tag.ImagePositionPatient), 0))));
        } else {
            images.sort(Comparator.comparingInt(ds -> ds.getInt(Tag.InstanceNumber, 0)));
        }
        List<SliceRef> slices = new ArrayList<>();
        for (DataSet ds : images) {
            int frames = Math.max(1, ds.getInt(Tag.NumberOfFrames, 1));
            for (int f = 1; f <= frames; f++) {
                slices.add(new SliceRef(ds.getString(Tag.SOPInstanceUID, ""), f, ds));
            }
        }
        return new SeriesPlan(studyUid, seriesUid, slices);
    }

    public int size() {
        return slices.size();
    }
}
