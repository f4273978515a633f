package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumen.dicom.Tag;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;

/** The client against a real Orthanc that requires HTTP Basic authentication. */
@IntegrationTest
class OrthancBasicAuthTest {
    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder()
            .basicAuth("alice", "wonder-land-7").preload(PydicomFiles.file("CT_small.dcm")).build();

    ServerConfig config(Orthanc orthanc) {
        return ServerConfig.of("orthanc-auth", orthanc.dicomWebRoot()).withQueryEncoding(QueryEncoding.LITERAL);
    }

    @Test
    void searchesAndRetrievesWithCredentials(Orthanc orthanc) throws Exception {
        DicomWebClient client = DicomWebClient.builder()
                .server(config(orthanc).withAuth(Auth.basic("alice", "wonder-land-7".toCharArray()))).build();
        assertThat(client.search(QidoQuery.studies().match("PatientName", "CompressedSamples^CT*").build()))
                .extracting(d -> d.getString(Tag.StudyInstanceUID).orElseThrow())
                .containsExactly(OrthancDicomWebTest.CT_STUDY);
        List<FramePart> frames = new ArrayList<>();
        client.retrieveFrames(OrthancDicomWebTest.CT_STUDY, OrthancDicomWebTest.CT_SERIES,
                OrthancDicomWebTest.CT_INSTANCE, new int[] {1}, List.of("*"), frames::add);
        assertThat(frames).singleElement().satisfies(f -> assertThat(f.data()).hasSize(32768));
    }

    @Test
    void withoutOrWithWrongCredentialsIsATyped401(Orthanc orthanc) {
        DicomWebClient anonymous = DicomWebClient.builder().server(config(orthanc)).build();
        assertThatThrownBy(() -> anonymous.search(QidoQuery.studies().build()))
                .isInstanceOfSatisfying(DicomWebException.class, e -> assertThat(e.statusCode()).hasValue(401));
        DicomWebClient wrong = anonymous.withServer(config(orthanc).withAuth(Auth.basic("alice", "guess".toCharArray())));
        assertThatThrownBy(() -> wrong.search(QidoQuery.studies().build()))
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.statusCode()).hasValue(401);
                    assertThat(e.getMessage()).doesNotContain("guess");
                });
    }
}
