package org.lumen.viewer.qc;

import java.util.ArrayList;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

/** Headers of axial slices for the QC tests: 1 mm apart along z unless told otherwise. */
final class QcHeaders {
    private QcHeaders() {}

    static DataSet slice(int instanceNumber, double z) {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3.4." + instanceNumber);
        ds.setString(Tag.SeriesInstanceUID, VR.UI, "1.2.3");
        ds.setString(Tag.Modality, VR.CS, "CT");
        ds.setString(Tag.FrameOfReferenceUID, VR.UI, "1.2.3.9");
        ds.setInt(Tag.InstanceNumber, VR.IS, instanceNumber);
        ds.setDouble(Tag.ImagePositionPatient, VR.DS, 0, 0, z);
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.setDouble(Tag.PixelSpacing, VR.DS, 0.5, 0.5);
        ds.setInt(Tag.Rows, VR.US, 64);
        ds.setInt(Tag.Columns, VR.US, 64);
        return ds;
    }

    /** Slices 1..n at z = 0..n-1 mm, minus those whose numbers are in {@code skip}. */
    static List<DataSet> stack(int n, int... skip) {
        List<DataSet> out = new ArrayList<>();
        outer:
        for (int i = 1; i <= n; i++) {
            for (int s : skip) {
                if (s == i) {
                    continue outer;
                }
            }
            out.add(slice(i, i - 1));
        }
        return out;
    }

    static QcSeries series(List<DataSet> headers, int reported) {
        List<QcSeries.Instance> instances = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            instances.add(new QcSeries.Instance("Image " + (i + 1), headers.get(i)));
        }
        return new QcSeries("1.2.3", "CT test", instances, reported);
    }
}
