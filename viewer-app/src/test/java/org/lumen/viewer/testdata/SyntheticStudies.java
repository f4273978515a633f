package org.lumen.viewer.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.StoreResult;

/** Writes small synthetic studies (one or more series of 32 x 32 16-bit images) and stores them. */
public final class SyntheticStudies {
    /** Image size of every synthetic image. */
    public static final int SIZE = 32;

    private static final GreyImage IMAGE = new GreyImage(SIZE, 1, 12, false, null, List.of(new GreyImage.Window(2048, 4096)));

    private SyntheticStudies() {}

    /** What was written. */
    public record Study(String studyUid, List<String> seriesUids, List<Path> files) {}

    /** One series to write: modality, description, number of images and Body Part Examined (none when empty). */
    public record Series(String modality, String description, int images, String bodyPart) {
        public Series(String modality, String description, int images) {
            this(modality, description, images, "");
        }
    }

    /** Writes a study under {@code dir}; series are numbered from 1 in the order given. */
    public static Study write(Path dir, String patientName, String patientId, String studyDate, String description,
            List<Series> series) throws IOException {
        String study = UID.generate();
        List<String> seriesUids = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Path folder = Files.createDirectories(dir.resolve(study));
        for (int s = 0; s < series.size(); s++) {
            String seriesUid = UID.generate();
            seriesUids.add(seriesUid);
            Series spec = series.get(s);
            for (int i = 0; i < spec.images(); i++) {
                DataSet ds = IMAGE.header();
                ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
                ds.setString(Tag.SOPClassUID, VR.UI, spec.modality().equals("MR") ? UID.MRImageStorage : UID.CTImageStorage);
                ds.setString(Tag.SOPInstanceUID, VR.UI, UID.generate());
                ds.setString(Tag.StudyDate, VR.DA, studyDate);
                ds.setString(Tag.StudyTime, VR.TM, "101500");
                ds.setString(Tag.AccessionNumber, VR.SH, "ACC" + patientId);
                ds.setString(Tag.Modality, VR.CS, spec.modality());
                ds.setString(Tag.StudyDescription, VR.LO, description);
                ds.setString(Tag.SeriesDescription, VR.LO, spec.description());
                if (!spec.bodyPart().isEmpty()) {
                    ds.setString(Tag.BodyPartExamined, VR.CS, spec.bodyPart());
                }
                ds.setString(Tag.PatientName, VR.PN, patientName);
                ds.setString(Tag.PatientID, VR.LO, patientId);
                ds.setString(Tag.PatientBirthDate, VR.DA, "19600101");
                ds.setString(Tag.StudyInstanceUID, VR.UI, study);
                ds.setString(Tag.SeriesInstanceUID, VR.UI, seriesUid);
                ds.setInt(Tag.SeriesNumber, VR.IS, s + 1);
                ds.setInt(Tag.InstanceNumber, VR.IS, i + 1);
                ds.setDouble(Tag.ImagePositionPatient, VR.DS, 0, 0, i * 2.0);
                ds.setBytes(Tag.PixelData, VR.OW, pixels(i));
                Path file = folder.resolve(String.format("S%02d-I%03d.dcm", s + 1, i + 1));
                GreyImage.write(ds, file);
                files.add(file);
            }
        }
        return new Study(study, List.copyOf(seriesUids), List.copyOf(files));
    }

    /** Stores the study's files through STOW-RS and fails unless every instance was stored. */
    public static Study store(DicomWebClient client, Study study) throws IOException {
        StoreResult result = client.store(study.files());
        if (!result.allStored()) {
            throw new IOException("STOW-RS did not store every instance: " + result);
        }
        return study;
    }

    /** A horizontal ramp from 0 to 4095 across the columns, offset by the image index. */
    public static int stored(int column, int image) {
        return Math.min(4095, column * 4095 / (SIZE - 1) / 2 + image * 16);
    }

    private static byte[] pixels(int image) {
        return IMAGE.pixels(1, (f, c, r) -> stored(c, image));
    }
}
