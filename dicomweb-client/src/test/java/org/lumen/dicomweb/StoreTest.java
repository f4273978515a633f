package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * STOW-RS semantics that a real Orthanc does not produce on demand (202 with warnings and failures,
 * 409, a 503 that must not be retried), and the exact shape of the request body.
 */
class StoreTest extends MockServerTest {
    @TempDir
    Path dir;

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/dicom+json").body(body).build();
    }

    private List<Path> files(int n) throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Files.writeString(dir.resolve(i + ".dcm"), "part-" + i + "-bytes", StandardCharsets.US_ASCII));
        }
        return files;
    }

    @Test
    void partialSuccessReportsWarningsFailuresAndUnreportedInstances() throws Exception {
        server.enqueue(json(202, """
                {"00081199": {"vr": "SQ", "Value": [{"00081155": {"vr": "UI", "Value": ["1.2.3.1"]},
                                                     "00081196": {"vr": "US", "Value": [45056]}}]},
                 "00081198": {"vr": "SQ", "Value": [{"00081155": {"vr": "UI", "Value": ["1.2.3.2"]},
                                                     "00081197": {"vr": "US", "Value": [49442]}}]}}
                """));
        StoreResult result = client().store(files(3));
        assertThat(result.httpStatus()).isEqualTo(202);
        assertThat(result.outcomes()).containsExactly(
                new StoreOutcome("1.2.3.1", StoreOutcome.Status.WARNING, 0xB000),
                new StoreOutcome("1.2.3.2", StoreOutcome.Status.FAILED, 0xC122));
        assertThat(result.unreported()).isEqualTo(1);
        assertThat(result.allStored()).isFalse();
    }

    @Test
    void conflictMeansNothingStored() throws Exception {
        server.enqueue(json(409, """
                {"00081198": {"vr": "SQ", "Value": [{"00081155": {"vr": "UI", "Value": ["1.2.3.9"]},
                                                     "00081197": {"vr": "US", "Value": [290]}}]}}
                """));
        StoreResult result = client().store(files(1));
        assertThat(result.failures()).containsExactly(new StoreOutcome("1.2.3.9", StoreOutcome.Status.FAILED, 0x0122));
        assertThat(result.allStored()).isFalse();
    }

    @Test
    void bodyIsMultipartRelatedWithEachFileAndAnExactLength() throws Exception {
        server.enqueue(json(200, """
                {"00081199": {"vr": "SQ", "Value": [{"00081155": {"vr": "UI", "Value": ["1.2"]}},
                                                    {"00081155": {"vr": "UI", "Value": ["1.3"]}}]}}
                """));
        server.enqueue(json(200, "{}"));
        assertThat(client().store(files(2)).allStored()).isTrue();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/dicom-web/studies");
        String type = request.getHeaders().get("Content-Type");
        assertThat(type).startsWith("multipart/related; type=\"application/dicom\"; boundary=lumen-");
        String boundary = type.substring(type.indexOf("boundary=") + 9);
        assertThat(request.getHeaders().get("Content-Length")).isEqualTo(Long.toString(request.getBodySize()));
        assertThat(request.getBody().utf8()).isEqualTo("\r\n--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n"
                + "part-0-bytes\r\n--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\npart-1-bytes\r\n--"
                + boundary + "--\r\n");
        assertThat(client().store(files(1)).allStored()).as("an empty answer reports nothing stored").isFalse();
        assertThat(server.takeRequest().getHeaders().get("Content-Type")).as("a fresh random boundary").doesNotEndWith(boundary);
    }

    @Test
    void aServerErrorIsTypedAndNotRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(json(200, "{}"));
        assertThatThrownBy(() -> client().store(files(1)))
                .isInstanceOfSatisfying(DicomWebException.class, e -> assertThat(e.statusCode()).hasValue(503));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }
}
