package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.ReadOptions;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;

/** STOW-RS against a real, empty Orthanc that requires HTTP Basic authentication. */
@IntegrationTest
class OrthancStoreTest {

    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder().basicAuth("bob", "st0w-secret").build();

    @TempDir
    Path work;

    DicomWebClient client(Orthanc orthanc, String password) {
        return DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withQueryEncoding(QueryEncoding.LITERAL).withAuth(Auth.basic("bob", password.toCharArray()))).build();
    }

    @Test
    void storedInstancesAreFoundAndRetrievedUnchanged(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        DicomWebClient client = client(orthanc, "st0w-secret");
        Path ct = PydicomFiles.file("CT_small.dcm");
        Path mr = PydicomFiles.file("MR_small.dcm");
        StoreResult result = client.store(List.of(ct, mr));
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.allStored()).isTrue();
        assertThat(result.outcomes()).extracting(StoreOutcome::sopInstanceUid).containsExactlyInAnyOrder(
                OrthancDicomWebTest.CT_INSTANCE, uid(mr, Tag.SOPInstanceUID));
        assertThat(client.search(QidoQuery.studies().match("PatientName", "CompressedSamples*").build()))
                .extracting(d -> d.getString(Tag.StudyInstanceUID).orElseThrow())
                .containsExactlyInAnyOrder(OrthancDicomWebTest.CT_STUDY, uid(mr, Tag.StudyInstanceUID));
        List<byte[]> retrieved = new ArrayList<>();
        client.retrieveInstance(OrthancDicomWebTest.CT_STUDY, OrthancDicomWebTest.CT_SERIES,
                OrthancDicomWebTest.CT_INSTANCE, i -> retrieved.add(i.body().readAllBytes()));
        assertThat(retrieved).hasSize(1);
        DataSet original = Part10Reader.read(ct).dataSet();
        DataSet back = Part10Reader.read(new ByteArrayInputStream(retrieved.getFirst()), ReadOptions.DEFAULT).dataSet();
        assertThat(back.getBytes(Tag.PixelData).orElseThrow()).isEqualTo(original.getBytes(Tag.PixelData).orElseThrow());
        assertThat(back.getString(Tag.SOPInstanceUID)).isEqualTo(original.getString(Tag.SOPInstanceUID));
        assertThat(back.getString(Tag.PatientName)).isEqualTo(original.getString(Tag.PatientName));
    }

    @Test
    void aFileThatIsNotDicomIsNeverASilentSuccess(Orthanc orthanc) throws Exception {
        Path junk = Files.writeString(work.resolve("notes.dcm"), "this is not DICOM", StandardCharsets.US_ASCII);
        DicomWebClient client = client(orthanc, "st0w-secret");
        // Orthanc 1.10 answers 400 with empty sequences; a server that answers 409 or 202 instead
        // yields a result that is not allStored(). Either way the caller cannot mistake it for success.
        assertThatThrownBy(() -> client.store(List.of(junk)))
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DicomWebException.Problem.HTTP_STATUS);
                    assertThat(e.statusCode()).hasValue(400);
                });
    }

    @Test
    void wrongPasswordIsATyped401WithoutTheSecret(Orthanc orthanc) {
        assertThatThrownBy(() -> client(orthanc, "guess-wrong").store(List.of(PydicomFiles.file("CT_small.dcm"))))
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.statusCode()).hasValue(401);
                    assertThat(e.getMessage()).doesNotContain("guess-wrong");
                });
    }

    static String uid(Path file, int tag) throws Exception {
        return Part10Reader.read(file).dataSet().getString(tag).orElseThrow();
    }

    /**
     * Orthanc's DICOMweb plugin (1.7 on Debian 12) takes only {@code application/dicom} parts: a
     * store in DICOM JSON + bulk data must end in a typed error naming the media type, with nothing stored.
     */
    @Test
    void storeInDicomJsonIsRefusedByOrthancWithATypedError(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        DicomWebClient client = client(orthanc, "st0w-secret");
        assertThatThrownBy(() -> client.storeJson(
                List.of(StoreJsonTest.instance("1.2.826.0.1.3680043.8.498.77.1.1", StoreJsonTest.PIXELS_URI)),
                List.of(new BulkDataPart(StoreJsonTest.PIXELS_URI, "application/octet-stream", StoreJsonTest.PIXELS))))
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DicomWebException.Problem.UNSUPPORTED_MEDIA_TYPE);
                    assertThat(e.statusCode()).hasValue(415);
                    assertThat(e.getMessage()).contains("application/dicom+json");
                });
        assertThat(orthanc.instanceCount()).isZero();
    }
}
