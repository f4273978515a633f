package org.lumen.viewer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.viewer.protocol.PlaneOrientation;
import org.lumen.viewer.priors.SliceStack;

/** What priors and protocols read from an opened series' headers: study, patient, plane and slice positions. */
final class HeaderFacts {
    private HeaderFacts() {}

    static String studyUid(OpenedSeries s) {
        return s.first().getString(Tag.StudyInstanceUID, "");
    }

    static String patientId(OpenedSeries s) {
        return s.first().getString(Tag.PatientID, "");
    }

    static String studyDate(OpenedSeries s) {
        return s.first().getString(Tag.StudyDate, "");
    }

    /** The date as yyyy-MM-dd for labels, or "no date". */
    static String displayDate(OpenedSeries s) {
        String d = studyDate(s);
        return d.matches("\\d{8}") ? d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6) : d.isEmpty() ? "no date" : d;
    }

    static PlaneOrientation orientation(OpenedSeries s) {
        double[] iop = s.first().getDoubles(Tag.ImageOrientationPatient);
        return PlaneOrientation.of(iop.length == 6 ? iop : null);
    }

    /** The facts a viewport rule tests, for a series of the current study (prior 0) or of a prior. */
    static org.lumen.viewer.protocol.SeriesFacts of(OpenedSeries s, int prior) {
        DataSet ds = s.first();
        return new org.lumen.viewer.protocol.SeriesFacts(SeriesCatalog.uid(s), prior, ds.getString(Tag.Modality, ""),
                ds.getString(Tag.SeriesDescription, ""), orientation(s), ds.getInt(Tag.SeriesNumber, 0));
    }

    /** The slice positions of a series whose every image has a position and orientation; empty otherwise. */
    static Optional<SliceStack> stack(OpenedSeries s) {
        double[] iop = s.first().getDoubles(Tag.ImageOrientationPatient);
        if (iop.length != 6) {
            return Optional.empty();
        }
        List<Vec3> origins = new ArrayList<>();
        for (OpenedSeries.Image image : s.images()) {
            double[] ipp = image.dataSet().getDoubles(Tag.ImagePositionPatient);
            if (ipp.length != 3) {
                return Optional.empty();
            }
            origins.add(Vec3.of(ipp, 0));
        }
        try {
            return Optional.of(SliceStack.of(s.first().getString(Tag.FrameOfReferenceUID, ""), iop, origins));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
