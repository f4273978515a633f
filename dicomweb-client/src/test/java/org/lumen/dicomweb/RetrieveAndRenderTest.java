package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class RetrieveAndRenderTest extends MockServerTest {
    private static final String DICOM = "application/dicom; transfer-syntax=1.2.840.10008.1.2.1";

    @Test
    void seriesRetrieveEndingAtConnectionCloseReturnsEveryInstance() throws Exception {
        byte[] a = FrameRetrievalTest.frameBytes(5000, 1);
        byte[] b = FrameRetrievalTest.frameBytes(7000, 2);
        server.enqueue(MockServers.untilClose("application/dicom",
                MockServers.multipart(false, new String[] {DICOM, DICOM}, a, b)).build());
        List<byte[]> got = new ArrayList<>();
        List<String> syntaxes = new ArrayList<>();
        int n = client().retrieveSeries("1.2", "1.2.3", instance -> {
            got.add(instance.body().readAllBytes());
            syntaxes.add(instance.transferSyntaxUid().orElse("none"));
        });
        assertThat(n).isEqualTo(2);
        assertThat(got.get(0)).isEqualTo(a);
        assertThat(got.get(1)).isEqualTo(b);
        assertThat(syntaxes).containsOnly("1.2.840.10008.1.2.1");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/dicom-web/studies/1.2/series/1.2.3");
        assertThat(request.getHeaders().get("Accept-Encoding")).isEqualTo("identity");
        assertThat(request.getHeaders().get("Accept")).startsWith("multipart/related; type=\"application/dicom\"");
    }

    @Test
    void instancesLeftUnreadAreSkipped() throws Exception {
        server.enqueue(MockServers.multipartResponse("application/dicom", MockServers.multipart(true,
                new String[] {DICOM, DICOM, DICOM}, new byte[100], new byte[200], new byte[300])).build());
        assertThat(client().retrieveStudy("1.2", instance -> instance.body().read())).isEqualTo(3);
    }

    @Test
    void thumbnailFallsBackToRendered() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).build());
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "image/jpeg")
                .body(new okio.Buffer().write(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2})).build());
        RenderedImage image = client().thumbnail("1.2", "1.2.3", "1.2.3.4",
                RenderOptions.jpeg().withViewport(128, 128).withWindow(40, 400).withQuality(80));
        assertThat(image.fromThumbnail()).isFalse();
        assertThat(image.mediaType()).isEqualTo("image/jpeg");
        assertThat(image.data()).hasSize(4);
        assertThat(server.takeRequest().getTarget()).isEqualTo(
                "/dicom-web/studies/1.2/series/1.2.3/instances/1.2.3.4/thumbnail?viewport=128,128&window=40,400,linear&quality=80");
        assertThat(server.takeRequest().getTarget()).contains("/rendered?viewport=128,128");
    }

    @Test
    void bulkDataFromOneMultipartPartOnTheSameOriginOnly() throws Exception {
        byte[] pixels = FrameRetrievalTest.frameBytes(1234, 6);
        server.enqueue(MockServers.multipartResponse("application/octet-stream", MockServers.multipart(true,
                new String[] {"application/octet-stream"}, pixels)).build());
        DicomWebClient client = client();
        assertThat(client.bulkData(java.net.URI.create("studies/1.2/series/1.3/instances/1.4/bulk/7fe00010")))
                .isEqualTo(pixels);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/dicom-web/studies/1.2/series/1.3/instances/1.4/bulk/7fe00010");
        assertThat(request.getHeaders().get("Accept-Encoding")).isEqualTo("identity");
        assertThatThrownBy(() -> client.bulkData(java.net.URI.create("http://elsewhere.example/bulk/1")))
                .isInstanceOfSatisfying(DicomWebException.class,
                        e -> assertThat(e.problem()).isEqualTo(DicomWebException.Problem.FOREIGN_URI));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void renderedFrameWithWindow() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "image/png").body("png").build());
        RenderedImage image = client().renderedFrame("1.2", "1.2.3", "1.2.3.4", 3,
                new RenderOptions("image/png", 0, 0, false, 0, 0, 0).withWindow(-600.5, 1500));
        assertThat(image.mediaType()).isEqualTo("image/png");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo(
                "/dicom-web/studies/1.2/series/1.2.3/instances/1.2.3.4/frames/3/rendered?window=-600.5,1500,linear");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("image/png");
    }

    @Test
    void theLeakCheckSeesAnOpenBody() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("open").build());
        okhttp3.Response open = http.newCall(new okhttp3.Request.Builder().url(server.url("/x")).build()).execute();
        assertThat(http.connectionPool().connectionCount()).isGreaterThan(http.connectionPool().idleConnectionCount());
        open.close();
        assertThat(http.connectionPool().connectionCount()).isEqualTo(http.connectionPool().idleConnectionCount());
    }

    @Test
    void renderedServerErrorIsTyped() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(500).build());
        }
        assertThatThrownBy(() -> client().renderedInstance("1.2", "1.2.3", "1.2.3.4", RenderOptions.jpeg()))
                .isInstanceOfSatisfying(DicomWebException.class, e -> assertThat(e.statusCode()).hasValue(500));
    }
}
