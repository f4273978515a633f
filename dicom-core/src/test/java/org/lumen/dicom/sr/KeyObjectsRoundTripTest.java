package org.lumen.dicom.sr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.Part10Writer;
import org.lumen.dicom.io.ReadOptions;

/** Model -> data set -> Part 10 bytes -> data set -> model gives back the same model. */
class KeyObjectsRoundTripTest {

    static DataSet throughPart10(DataSet ds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Part10Writer.write(DicomFile.of(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), out);
        return Part10Reader.read(new ByteArrayInputStream(out.toByteArray()), ReadOptions.DEFAULT).dataSet();
    }

    @Test
    void keyObjectSelectionComesBackEqual() throws IOException {
        KeyObjectSelection kos = SrSamples.keyImages();
        DataSet ds = throughPart10(KeyObjectCodec.write(kos));
        assertThat(ds.getString(Tag.SOPClassUID)).contains(UID.KeyObjectSelectionDocumentStorage);
        assertThat(ds.getString(Tag.Modality)).contains("KO");
        assertThat(KeyObjectCodec.read(ds)).isEqualTo(kos);
    }

    @Test
    void aUserChosenTitleAndNoAuthorComeBack() throws IOException {
        KeyObjectSelection base = SrSamples.keyImages();
        DocumentOrigin anonymous = new DocumentOrigin(base.origin().sopInstanceUid(), base.origin().seriesInstanceUid(),
                901, 1, "", "", base.origin().created());
        KeyObjectSelection kos = new KeyObjectSelection(base.study(), anonymous, KeyObjectSelection.FOR_TEACHING, "",
                List.of(SrSamples.CORONAL_7));
        assertThat(KeyObjectCodec.read(throughPart10(KeyObjectCodec.write(kos)))).isEqualTo(kos);
    }

    @Test
    void measurementReportComesBackEqual() throws IOException {
        MeasurementReport report = SrSamples.measurements();
        DataSet ds = throughPart10(MeasurementReportCodec.write(report));
        assertThat(ds.getString(Tag.Modality)).contains("SR");
        assertThat(MeasurementReportCodec.read(ds)).isEqualTo(report);
    }

    @Test
    void evidenceListsEachImageOnceUnderItsSeries() {
        DataSet ds = MeasurementReportCodec.write(SrSamples.measurements());
        List<DataSet> series = ds.getSequence(0x0040A375).get(0).getSequence(0x00081115);
        assertThat(series).extracting(s -> s.getString(Tag.SeriesInstanceUID, ""))
                .containsExactly("2.25.2000001", "2.25.2000002");
        assertThat(series.get(0).getSequence(0x00081199)).hasSize(2);
    }

    @Test
    void aKeyObjectIsNotReadAsAReportNorTheOtherWay() {
        DataSet kos = KeyObjectCodec.write(SrSamples.keyImages());
        DataSet sr = MeasurementReportCodec.write(SrSamples.measurements());
        assertThatThrownBy(() -> MeasurementReportCodec.read(kos))
                .isInstanceOf(StructuredReportException.class).hasMessageContaining("SOP Class");
        assertThatThrownBy(() -> KeyObjectCodec.read(sr))
                .isInstanceOf(StructuredReportException.class).hasMessageContaining("SOP Class");
    }

    @Test
    void anImageOutsideTheEvidenceIsATypedError() {
        DataSet ds = KeyObjectCodec.write(SrSamples.keyImages());
        ds.setSequence(0x0040A375, List.of());
        assertThatThrownBy(() -> KeyObjectCodec.read(ds))
                .isInstanceOf(StructuredReportException.class)
                .hasMessageContaining("Current Requested Procedure Evidence");
    }

    @Test
    void aBadGraphicTypeIsNamed() {
        DataSet ds = MeasurementReportCodec.write(SrSamples.measurements());
        DataSet group = ds.getSequence(0x0040A730).get(4).getSequence(0x0040A730).get(0);
        DataSet scoord = group.getSequence(0x0040A730).get(2);
        scoord.setString(0x00700023, VR.CS, "SPLINE");
        assertThatThrownBy(() -> MeasurementReportCodec.read(ds))
                .isInstanceOf(StructuredReportException.class).hasMessageContaining("SPLINE").hasMessageContaining("Length 1");
    }

    @Test
    void theStudyHeaderIsCopiedFromAnImage() throws IOException {
        DataSet image = new DataSet();
        image.setString(Tag.StudyInstanceUID, VR.UI, "2.25.77");
        image.setString(Tag.PatientName, VR.PN, "Doe^Jane");
        image.setString(Tag.AccessionNumber, VR.SH, "A1");
        StudyHeader header = StudyHeader.of(image);
        assertThat(header.studyInstanceUid()).isEqualTo("2.25.77");
        assertThat(header.patientName()).isEqualTo("Doe^Jane");
        assertThat(header.patientId()).isEmpty();
        assertThatThrownBy(() -> StudyHeader.of(new DataSet())).isInstanceOf(StructuredReportException.class);
    }
}
