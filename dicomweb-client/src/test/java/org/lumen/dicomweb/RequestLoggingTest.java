package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;

/** Request lines in the logs: identifiers redacted at INFO, the full URL only at DEBUG, never credentials. */
class RequestLoggingTest extends MockServerTest {
    static final String STUDY = "1.2.826.0.1.3680043.8.498.12345";

    @Test
    void infoRedactsPatientIdentifiersAndUidsDebugHasTheFullUrl() throws Exception {
        server.enqueue(MockServers.json("[]"));
        DicomWebClient client = MockServers.client(http, server, Auth.tokens(OAuth2.staticToken("tok-SECRET-77")),
                QueryEncoding.LITERAL, sleeper);
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            client.search(QidoQuery.seriesOfStudy(STUDY).match("PatientName", "Doe^Jane").match("PatientID", "PID-4711")
                    .match("PatientBirthDate", "19700101").match("AccessionNumber", "ACC-99")
                    .match("IssuerOfPatientID", "HOSP-A").match("OtherPatientIDs", "OTHER-1")
                    .match("Modality", "CT").limit(10).build());
            assertThat(logs.lines(Level.INFO)).singleElement().satisfies(line -> {
                assertThat(line).contains("mock GET /dicom-web/studies/uid:", "/series?", "PatientName=***",
                        "PatientID=***", "PatientBirthDate=***", "AccessionNumber=***", "IssuerOfPatientID=***",
                        "OtherPatientIDs=***", "Modality=CT", "limit=10", "-> 200");
                assertThat(line).doesNotContain(STUDY, "Doe", "Jane", "PID-4711", "19700101", "ACC-99", "HOSP-A",
                        "OTHER-1");
            });
            assertThat(logs.lines(Level.DEBUG)).anySatisfy(line -> assertThat(line).contains(STUDY, "PID-4711"));
            assertThat(logs.lines(Level.TRACE)).noneSatisfy(line -> assertThat(line).contains("tok-SECRET-77"));
        }
    }

    @Test
    void theSameUidAlwaysGetsTheSameShortTagAndOthersAnother() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(MockServers.json("[]"));
        }
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            client().search(QidoQuery.seriesOfStudy(STUDY).build());
            client().search(QidoQuery.seriesOfStudy(STUDY).build());
            client().search(QidoQuery.seriesOfStudy(STUDY + "1").build());
            java.util.List<String> tags = logs.lines(Level.INFO).stream()
                    .map(l -> l.replaceAll(".*/studies/(uid:[0-9a-f]{8})/series.*", "$1")).toList();
            assertThat(tags).hasSize(3).allSatisfy(t -> assertThat(t).matches("uid:[0-9a-f]{8}"));
            assertThat(tags.get(0)).isEqualTo(tags.get(1)).isNotEqualTo(tags.get(2));
        }
    }
}
