package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * Error messages of the transport may reach the user's screen and the log at INFO and above: they
 * must name the problem without the Study, Series or SOP Instance UIDs or the patient identifiers
 * of the request, even when the server echoes them in its error body.
 */
class RedactedErrorsTest extends MockServerTest {
    private static final String STUDY = "1.2.826.0.1.3680043.8.498.1001";
    private static final String SERIES = "1.2.826.0.1.3680043.8.498.1001.2";
    private static final String INSTANCE = "1.2.826.0.1.3680043.8.498.1001.2.3";

    @Test
    void aStatusErrorNamesTheServerStatusAndPathWithUidsAsTags() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404)
                .body("Unknown resource: instance " + INSTANCE + " of series " + SERIES + ", transfer syntax "
                        + "1.2.840.10008.1.2.1").build());
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            DicomWebException e = catchThrowableOfType(DicomWebException.class,
                    () -> client().instanceMetadata(STUDY, SERIES, INSTANCE));
            assertThat(e.problem()).isEqualTo(DicomWebException.Problem.HTTP_STATUS);
            assertThat(e.getMessage()).contains("mock answered 404 to GET /dicom-web/studies/uid:", "/series/uid:",
                    "/instances/uid:", "Unknown resource: instance uid:", "transfer syntax 1.2.840.10008.1.2.1");
            assertThat(e.getMessage()).doesNotContain(STUDY, SERIES, INSTANCE, "8.498");
            assertThat(String.join("\n", logs.lines(Level.INFO))).isNotEmpty().doesNotContain("8.498");
        }
    }

    @Test
    void patientIdentifiersEchoedByTheServerAreRedactedInTheMessage() throws Exception {
        server.enqueue(new MockResponse.Builder().code(400)
                .body("Bad request: PatientName=Doe^Jane PatientID=PID-4711 (raw: PatientName=Doe%5EJane) limit=5")
                .build());
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            DicomWebException e = catchThrowableOfType(DicomWebException.class, () -> client().search(
                    QidoQuery.studies().match("PatientName", "Doe^Jane").match("PatientID", "PID-4711").limit(5).build()));
            assertThat(e.statusCode()).hasValue(400);
            assertThat(e.getMessage()).contains("PatientName=***", "PatientID=***", "limit=5", "Bad request");
            assertThat(e.getMessage()).doesNotContain("Doe", "Jane", "PID-4711", "4711");
            List<String> lines = logs.lines(Level.INFO);
            assertThat(String.join("\n", lines)).isNotEmpty().doesNotContain("Doe", "PID-4711");
        }
    }

    @Test
    void aMalformedMetadataAnswerNamesThePathRedacted() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/dicom+json")
                .body("{not json").build());
        DicomWebException e = catchThrowableOfType(DicomWebException.class, () -> client().seriesMetadata(STUDY, SERIES));
        assertThat(e.problem()).isEqualTo(DicomWebException.Problem.MALFORMED_JSON);
        assertThat(e.getMessage()).contains("/studies/uid:").doesNotContain(STUDY, SERIES);
    }
}
