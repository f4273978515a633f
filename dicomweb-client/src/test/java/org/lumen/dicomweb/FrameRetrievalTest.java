package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.lumen.dicomweb.DicomWebException.Problem;

class FrameRetrievalTest extends MockServerTest {
    private static final String OCTET_LE = "application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1";
    private static final String STUDY = "1.2.3";
    private static final String SERIES = "1.2.3.4";
    private static final String INSTANCE = "1.2.3.4.5";

    static byte[] frameBytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    private List<FramePart> frames(int[] numbers, List<String> syntaxes) throws Exception {
        List<FramePart> got = new ArrayList<>();
        client().retrieveFrames(STUDY, SERIES, INSTANCE, numbers, syntaxes, got::add);
        return got;
    }

    @Test
    void framesArriveLabelledAndInOrderWithoutGzip() throws Exception {
        byte[] f1 = frameBytes(4096, 1);
        byte[] f3 = frameBytes(100, 3);
        server.enqueue(MockServers.multipartResponse("application/octet-stream", MockServers.multipart(true,
                new String[] {OCTET_LE, "image/jls; transfer-syntax=1.2.840.10008.1.2.4.81"}, f1, f3)).build());
        List<FramePart> got = frames(new int[] {1, 3}, List.of("*"));
        assertThat(got).extracting(FramePart::frameNumber).containsExactly(1, 3);
        assertThat(got.get(0).data()).isEqualTo(f1);
        assertThat(got.get(0).transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2.1");
        assertThat(got.get(0).lossy()).isFalse();
        assertThat(got.get(1).transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2.4.81");
        assertThat(got.get(1).lossy()).isTrue();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/dicom-web/studies/1.2.3/series/1.2.3.4/instances/1.2.3.4.5/frames/1,3");
        assertThat(request.getHeaders().get("Accept"))
                .isEqualTo("multipart/related; type=\"application/octet-stream\"; transfer-syntax=*");
        assertThat(request.getHeaders().get("Accept-Encoding")).isEqualTo("identity");
    }

    @Test
    void refusedTransferSyntaxFallsBackToTheNextOneRequestByRequest() throws Exception {
        server.enqueue(new MockResponse.Builder().code(406).body("not acceptable").build());
        server.enqueue(new MockResponse.Builder().code(400).build());
        byte[] f = frameBytes(64, 9);
        server.enqueue(MockServers.multipartResponse("application/octet-stream",
                MockServers.multipart(true, new String[] {OCTET_LE}, f)).build());
        List<FramePart> got = frames(new int[] {2},
                List.of("1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.1"));
        assertThat(got).singleElement().satisfies(p -> assertThat(p.data()).isEqualTo(f));
        assertThat(server.takeRequest().getHeaders().get("Accept"))
                .isEqualTo("multipart/related; type=\"image/jls\"; transfer-syntax=1.2.840.10008.1.2.4.80");
        assertThat(server.takeRequest().getHeaders().get("Accept"))
                .isEqualTo("multipart/related; type=\"image/jp2\"; transfer-syntax=1.2.840.10008.1.2.4.90");
        assertThat(server.takeRequest().getHeaders().get("Accept")).endsWith("transfer-syntax=1.2.840.10008.1.2.1");
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void lastRefusalIsATypedError() {
        server.enqueue(new MockResponse.Builder().code(406).build());
        assertThatThrownBy(() -> frames(new int[] {1}, List.of("1.2.840.10008.1.2.4.80")))
                .isInstanceOfSatisfying(DicomWebException.class, e -> assertThat(e.statusCode()).hasValue(406));
    }

    @Test
    void wrongTransferSyntaxLabelIsRejected() {
        server.enqueue(MockServers.multipartResponse("image/jls", MockServers.multipart(true,
                new String[] {"image/jpeg; transfer-syntax=1.2.840.10008.1.2.4.50"}, frameBytes(10, 0))).build());
        assertThatThrownBy(() -> frames(new int[] {1}, List.of("1.2.840.10008.1.2.4.80")))
                .isInstanceOfSatisfying(DicomWebException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_TRANSFER_SYNTAX));
    }

    @Test
    void garbageTransferSyntaxLabelIsRejected() {
        server.enqueue(MockServers.multipartResponse("application/octet-stream", MockServers.multipart(true,
                new String[] {"application/octet-stream; transfer-syntax=jpeg-please"}, frameBytes(10, 0))).build());
        assertThatThrownBy(() -> frames(new int[] {1}, List.of("*")))
                .isInstanceOfSatisfying(DicomWebException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_TRANSFER_SYNTAX));
    }

    private MockResponse droppedHalfway(byte[]... frames) {
        String[] types = new String[frames.length];
        Arrays.fill(types, OCTET_LE);
        return MockServers.untilClose("application/octet-stream", MockServers.multipart(true, types, frames))
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
    }

    @Test
    void connectionDroppedMidMultipartIsResumedForTheMissingFrames() throws Exception {
        byte[] f1 = frameBytes(40_000, 1);
        byte[] f2 = frameBytes(40_000, 2);
        byte[] f3 = frameBytes(40_000, 3);
        server.enqueue(droppedHalfway(f1, f2, f3));
        server.enqueue(MockServers.multipartResponse("application/octet-stream",
                MockServers.multipart(true, new String[] {OCTET_LE, OCTET_LE}, f2, f3)).build());
        List<FramePart> got = frames(new int[] {4, 5, 6}, List.of("*"));
        assertThat(got).extracting(FramePart::frameNumber).containsExactly(4, 5, 6);
        assertThat(got.get(0).data()).isEqualTo(f1);
        assertThat(got.get(1).data()).isEqualTo(f2);
        assertThat(got.get(2).data()).isEqualTo(f3);
        assertThat(server.takeRequest().getTarget()).endsWith("/frames/4,5,6");
        assertThat(server.takeRequest().getTarget()).endsWith("/frames/5,6");
    }

    @Test
    void connectionDroppedEveryTimeIsTruncatedNotAShortFrame() {
        byte[] f1 = frameBytes(20_000, 1);
        byte[] f2 = frameBytes(20_000, 2);
        for (int i = 0; i < 3; i++) {
            server.enqueue(droppedHalfway(f1, f2));
        }
        List<FramePart> got = new ArrayList<>();
        assertThatThrownBy(() -> client().retrieveFrames(STUDY, SERIES, INSTANCE, new int[] {1, 2}, List.of("*"), got::add))
                .isInstanceOfSatisfying(DicomWebException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.TRUNCATED));
        assertThat(got).allSatisfy(f -> assertThat(f.data()).hasSize(20_000));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void longFrameListsAreSplitAndKeepTheNegotiatedTransferSyntax() throws Exception {
        server.enqueue(new MockResponse.Builder().code(406).build());
        for (int[] range : new int[][] {{1, 256}, {257, 300}}) {
            int count = range[1] - range[0] + 1;
            byte[][] bodies = new byte[count][];
            String[] types = new String[count];
            for (int i = 0; i < count; i++) {
                bodies[i] = frameBytes(4, range[0] + i);
                types[i] = OCTET_LE;
            }
            server.enqueue(MockServers.multipartResponse("application/octet-stream",
                    MockServers.multipart(true, types, bodies)).build());
        }
        int[] numbers = java.util.stream.IntStream.rangeClosed(1, 300).toArray();
        List<FramePart> got = frames(numbers, List.of("1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.1"));
        assertThat(got).extracting(FramePart::frameNumber).containsExactly(java.util.stream.IntStream.rangeClosed(1, 300)
                .boxed().toArray(Integer[]::new));
        assertThat(got.get(299).data()).isEqualTo(frameBytes(4, 300));
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        RecordedRequest third = server.takeRequest();
        assertThat(second.getTarget()).endsWith(",256");
        assertThat(third.getTarget()).endsWith("/frames/" + java.util.stream.IntStream.rangeClosed(257, 300)
                .mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(",")));
        assertThat(third.getHeaders().get("Accept")).endsWith("transfer-syntax=1.2.840.10008.1.2.1");
    }

    @Test
    void consumerFailuresAreNotResumed() {
        server.enqueue(MockServers.multipartResponse("application/octet-stream",
                MockServers.multipart(true, new String[] {OCTET_LE}, frameBytes(8, 0))).build());
        assertThatThrownBy(() -> client().retrieveFrames(STUDY, SERIES, INSTANCE, new int[] {1}, List.of("*"), f -> {
            throw new java.io.IOException("disk full");
        })).hasMessage("disk full");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void truncatedFrameShorterThanItsContentLength() {
        String body = "\r\n--" + MockServers.BOUNDARY + "\r\nContent-Type: " + OCTET_LE
                + "\r\nContent-Length: 1000\r\n\r\nonly a few bytes\r\n--" + MockServers.BOUNDARY + "--\r\n";
        for (int i = 0; i < 3; i++) {
            server.enqueue(MockServers.multipartResponse("application/octet-stream",
                    body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).build());
        }
        assertThatThrownBy(() -> frames(new int[] {1}, List.of("*"))).isInstanceOfSatisfying(MultipartException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.TRUNCATED));
        assertThat(server.getRequestCount()).as("asked again twice, then gave up").isEqualTo(3);
    }

    @Test
    void missingFramesAreReported() {
        server.enqueue(MockServers.multipartResponse("application/octet-stream",
                MockServers.multipart(true, new String[] {OCTET_LE}, frameBytes(8, 0))).build());
        assertThatThrownBy(() -> frames(new int[] {1, 2}, List.of("*")))
                .isInstanceOfSatisfying(DicomWebException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.MISSING_PARTS));
    }

    @Test
    void slowTrickleStillDeliversExactBytes() throws Exception {
        byte[] f = frameBytes(3000, 5);
        server.enqueue(MockServers.multipartResponse("application/octet-stream",
                MockServers.multipart(false, new String[] {OCTET_LE}, f)).throttleBody(7, 1, TimeUnit.MILLISECONDS).build());
        assertThat(frames(new int[] {1}, List.of("*")).getFirst().data()).isEqualTo(f);
    }

    @Test
    void malformedMultipartWithoutBoundaryIsTyped() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "multipart/related; type=x")
                .body("--x\r\n\r\nabc\r\n--x--").build());
        assertThatThrownBy(() -> frames(new int[] {1, 2}, List.of("*")))
                .isInstanceOfSatisfying(DicomWebException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED_MULTIPART));
    }

    @Test
    void singlePartResponseForOneFrame() throws Exception {
        byte[] f = frameBytes(77, 4);
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", OCTET_LE)
                .body(new okio.Buffer().write(f)).build());
        FramePart got = frames(new int[] {1}, List.of("*")).getFirst();
        assertThat(Arrays.equals(got.data(), f)).isTrue();
        assertThat(got.transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2.1");
    }
}
