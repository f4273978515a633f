package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;

class QidoClientTest extends MockServerTest {
    private static final String TWO_STUDIES = """
            [{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Phantom^CT"}]},"0020000D":{"vr":"UI","Value":["1.2.3"]}},
             {"00100010":{"vr":"PN","Value":[{"Alphabetic":"Phantom^MR"}]},"0020000D":{"vr":"UI","Value":["1.2.4"]}}]""";

    @Test
    void literalEncodingSendsMatchingCharactersAsTheyAre() throws Exception {
        server.enqueue(MockServers.json(TWO_STUDIES));
        List<DataSet> studies = client().search(QidoQuery.studies().match("PatientName", "Phantom^C*")
                .dateRange(Tag.StudyDate, Optional.of(LocalDate.of(2020, 1, 1)), Optional.of(LocalDate.of(2020, 12, 31)))
                .uids(Tag.StudyInstanceUID, List.of("1.2.3", "1.2.4")).match(Tag.AccessionNumber, "A&B=C D?")
                .fuzzyMatching(true).includeField("StudyDescription").limit(10).offset(5).build());
        assertThat(studies).hasSize(2);
        assertThat(studies.get(0).getString(Tag.PatientName)).contains("Phantom^CT");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/dicom-web/studies?PatientName=Phantom^C*"
                + "&00080020=20200101-20201231&0020000D=1.2.3,1.2.4&00080050=A?B?C?D?"
                + "&fuzzymatching=true&includefield=StudyDescription&limit=10&offset=5");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/dicom+json");
        assertThat(request.getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void strictEncodingPercentEncodesPerRfc3986() throws Exception {
        server.enqueue(MockServers.json("[]"));
        DicomWebClient strict = MockServers.client(http, server, Auth.none(), QueryEncoding.STRICT, sleeper);
        strict.search(QidoQuery.seriesOfStudy("1.2.3").match("PatientName", "Phantom^C*").build());
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/dicom-web/studies/1.2.3/series?PatientName=Phantom%5EC%2A");
    }

    @Test
    void noContentIsAnEmptyResult() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        assertThat(client().search(QidoQuery.instancesOfSeries("1.2", "1.3").build())).isEmpty();
        assertThat(server.takeRequest().getTarget()).isEqualTo("/dicom-web/studies/1.2/series/1.3/instances");
    }

    @Test
    void pagesUntilAShortPage() throws Exception {
        server.enqueue(MockServers.json(TWO_STUDIES));
        server.enqueue(MockServers.json(TWO_STUDIES));
        server.enqueue(MockServers.json("[" + TWO_STUDIES.substring(1, TWO_STUDIES.indexOf("},\n") + 1) + "]"));
        List<DataSet> all = client().pages(QidoQuery.studies().build(), 2).all(100);
        assertThat(all).hasSize(5);
        assertThat(server.takeRequest().getTarget()).endsWith("/studies?offset=0&limit=2");
        assertThat(server.takeRequest().getTarget()).endsWith("/studies?offset=2&limit=2");
        assertThat(server.takeRequest().getTarget()).endsWith("/studies?offset=4&limit=2");
    }

    @Test
    void malformedJsonIsTyped() {
        server.enqueue(MockServers.json("{\"not\": \"an array\"}"));
        assertThatThrownBy(() -> client().search(QidoQuery.studies().build()))
                .isInstanceOfSatisfying(DicomWebException.class,
                        e -> assertThat(e.problem()).isEqualTo(DicomWebException.Problem.MALFORMED_JSON));
    }

    @Test
    void errorStatusIsTypedWithCodeAndBodyExcerpt() {
        server.enqueue(new MockResponse.Builder().code(404).body("{\"Message\":\"Unknown study\"}").build());
        assertThatThrownBy(() -> client().studyMetadata("1.2.3"))
                .isInstanceOfSatisfying(DicomWebException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DicomWebException.Problem.HTTP_STATUS);
                    assertThat(e.statusCode()).hasValue(404);
                    assertThat(e.getMessage()).contains("/dicom-web/studies/uid:").contains("/metadata")
                            .contains("Unknown study").doesNotContain("1.2.3");
                });
    }

    @Test
    void queryRejectsBadKeywordsAndUids() {
        assertThatThrownBy(() -> QidoQuery.studies().match("Patient Name", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QidoQuery.seriesOfStudy("1.2.x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QidoQuery.studies().dateRange(Tag.StudyDate, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
