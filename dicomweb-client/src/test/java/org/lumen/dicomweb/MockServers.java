package org.lumen.dicomweb;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okio.Buffer;

/** Builds clients and canned multipart responses for the MockWebServer tests. */
final class MockServers {
    static final String BOUNDARY = "frame-boundary-7";

    /** A sleeper that records instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
        }
    }

    private MockServers() {}

    static DicomWebClient client(OkHttpClient http, MockWebServer server, Auth auth, QueryEncoding encoding,
            Sleeper sleeper) {
        ServerConfig config = ServerConfig.of("mock", server.url("/dicom-web/").uri())
                .withAuth(auth).withQueryEncoding(encoding);
        return DicomWebClient.builder().okHttpClient(http).server(config).sleeper(sleeper).jitter(() -> 0.5).build();
    }

    /** A multipart body; {@code types[i]} is the Content-Type of part i. */
    static byte[] multipart(boolean closing, String[] types, byte[]... bodies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < bodies.length; i++) {
            out.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Type: " + types[i] + "\r\nContent-Length: "
                    + bodies[i].length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(bodies[i]);
        }
        out.writeBytes(("\r\n--" + BOUNDARY + (closing ? "--\r\n" : "\r\n")).getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static MockResponse.Builder multipartResponse(String type, byte[] body) {
        return new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "multipart/related; type=\"" + type + "\"; boundary=" + BOUNDARY)
                .body(new Buffer().write(body));
    }

    /** Like {@link #multipartResponse} but without Content-Length: the body ends when the server closes. */
    static MockResponse.Builder untilClose(String type, byte[] body) {
        return multipartResponse(type, body).removeHeader("Content-Length").setHeader("Connection", "close")
                .onResponseEnd(new SocketEffect.CloseSocket(true, false, false));
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/dicom+json").body(body).build();
    }
}
