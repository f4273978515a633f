package org.lumen.viewer.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.UID;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.sr.Concepts;
import org.lumen.dicom.sr.DocumentOrigin;
import org.lumen.dicom.sr.GraphicType;
import org.lumen.dicom.sr.ImagePoint;
import org.lumen.dicom.sr.ImageRef;
import org.lumen.dicom.sr.KeyObjectSelection;
import org.lumen.dicom.sr.Measurement;
import org.lumen.dicom.sr.MeasurementReport;
import org.lumen.dicom.sr.NumericValue;
import org.lumen.dicom.sr.StudyHeader;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.testdata.SyntheticStudies;

/** Key images and measurements saved through STOW-RS to a real Orthanc come back, equal, to a fresh client. */
@WithOrthanc
class AnnotationArchiveIntegrationTest {
    @TempDir
    static Path data;

    private static Orthanc server;
    private static SyntheticStudies.Study study;
    private static SyntheticStudies.Study bare;

    @BeforeAll
    static void store(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        server = orthanc;
        DicomWebClient client = client();
        study = SyntheticStudies.store(client, SyntheticStudies.write(data, "Keys^Test", "KEY-1", "20241010", "Key study",
                List.of(new SyntheticStudies.Series("CT", "Axial", 3))));
        bare = SyntheticStudies.store(client, SyntheticStudies.write(data, "Bare^Test", "KEY-2", "20241011", "No keys",
                List.of(new SyntheticStudies.Series("CT", "Axial", 1))));
    }

    private static DicomWebClient client() {
        return DicomWebClient.builder().server(ServerConfig.of("orthanc", server.dicomWebRoot())
                .withQueryEncoding(QueryEncoding.LITERAL)).build();
    }

    private static ImageRef ref(DataSet image) {
        return new ImageRef(image.getString(Tag.SeriesInstanceUID, ""), image.getString(Tag.SOPClassUID, ""),
                image.getString(Tag.SOPInstanceUID, ""), 0);
    }

    @Test
    void keyImagesALengthAndAnEllipseComeBackToAnotherWorkstation() throws Exception {
        DataSet first = Part10Reader.read(study.files().get(0)).dataSet();
        DataSet second = Part10Reader.read(study.files().get(1)).dataSet();
        StudyHeader header = StudyHeader.of(first);
        LocalDateTime when = LocalDateTime.of(2026, 12, 4, 13, 30, 0);
        KeyObjectSelection kos = new KeyObjectSelection(header,
                new DocumentOrigin(UID.generate(), UID.generate(), 901, 1, "Reader^Anna", "LUMEN-WS1", when),
                KeyObjectSelection.OF_INTEREST, "", List.of(ref(second)));
        MeasurementReport report = new MeasurementReport(header,
                new DocumentOrigin(UID.generate(), UID.generate(), 902, 1, "Reader^Anna", "LUMEN-WS1", when),
                List.of(new Measurement(UID.generate(), "Length 1", ref(first), GraphicType.POLYLINE,
                                List.of(new ImagePoint(2.5f, 3.5f), new ImagePoint(20.5f, 27.5f)),
                                List.of(new NumericValue(Concepts.LENGTH, 30, Concepts.MM))),
                        new Measurement(UID.generate(), "ROI 2", ref(second), GraphicType.ELLIPSE,
                                List.of(new ImagePoint(8, 16), new ImagePoint(24, 16), new ImagePoint(16, 12), new ImagePoint(16, 20)),
                                List.of(new NumericValue(Concepts.AREA, 100.53, Concepts.MM2),
                                        new NumericValue(Concepts.MEAN, 1040.5, Concepts.NO_UNITS)))));

        new AnnotationArchive(client()).save(Optional.of(kos), Optional.of(report));

        ArchivedAnnotations back = new AnnotationArchive(client()).load(study.studyUid());
        assertThat(back.unreadable()).isEmpty();
        assertThat(back.keyObjects()).containsExactly(kos);
        assertThat(back.reports()).containsExactly(report);
        assertThat(back.isKeyImage(second.getString(Tag.SOPInstanceUID, ""), 1)).isTrue();
        assertThat(back.isKeyImage(first.getString(Tag.SOPInstanceUID, ""), 1)).isFalse();
    }

    @Test
    void aStudyWithoutDocumentsHasNone() throws Exception {
        assertThat(new AnnotationArchive(client()).load(bare.studyUid())).isEqualTo(ArchivedAnnotations.NONE);
    }

    @Test
    void aServerThatIsDownIsATypedError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DicomWebClient down = DicomWebClient.builder()
                .server(ServerConfig.of("down", URI.create("http://127.0.0.1:" + port + "/dicom-web"))).build();
        DataSet first = Part10Reader.read(study.files().get(0)).dataSet();
        KeyObjectSelection kos = new KeyObjectSelection(StudyHeader.of(first),
                DocumentOrigin.createNow("Reader^Anna", "LUMEN-WS1", 901), KeyObjectSelection.OF_INTEREST, "",
                List.of(ref(first)));
        assertThatThrownBy(() -> new AnnotationArchive(down).save(Optional.of(kos), Optional.empty()))
                .isInstanceOf(ArchiveSaveException.class).hasMessageContaining("down");
    }
}
