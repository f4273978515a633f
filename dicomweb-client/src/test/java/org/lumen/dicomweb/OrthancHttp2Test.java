package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.orthanc.NginxFront;
import org.lumen.testkit.orthanc.OrthancExtension;
import org.lumen.testkit.tls.TestCertificates;

/**
 * HTTP/2 when the server offers it: Debian's nginx terminates TLS in front of a real Orthanc and
 * offers h2 by ALPN, as many hospital reverse proxies do. The client must speak h2, multiplex
 * concurrent requests on one connection, and bring back the same pixels as plain HTTP/1.1 to
 * Orthanc itself.
 */
@IntegrationTest
class OrthancHttp2Test {
    static final TestCertificates CERTS = TestCertificates.generate();

    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder()
            .preload(PydicomFiles.file("CT_small.dcm")).build();

    static NginxFront front;

    @TempDir
    static Path work;

    final List<Protocol> protocols = Collections.synchronizedList(new ArrayList<>());
    final List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
    final OkHttpClient http = new OkHttpClient.Builder().eventListener(new EventListener() {
        @Override
        public void connectionAcquired(Call call, Connection connection) {
            protocols.add(connection.protocol());
            connections.add(connection);
        }
    }).build();

    @BeforeAll
    static void startNginx() {
        front = NginxFront.start(CERTS, ORTHANC.orthanc().httpPort());
    }

    @AfterAll
    static void stopNginx() {
        if (front != null) {
            front.close();
        }
    }

    @AfterEach
    void noConnectionLeaked() {
        assertThat(http.connectionPool().connectionCount()).isEqualTo(http.connectionPool().idleConnectionCount());
    }

    DicomWebClient throughNginx(int maxConcurrent) {
        return DicomWebClient.builder().okHttpClient(http)
                .tls(TlsOptions.systemDefaults().withExtraCaBundle(CERTS.caCertificate()))
                .server(ServerConfig.of("nginx-orthanc", front.uri().resolve("/dicom-web"))
                        .withMaxConcurrentRequests(maxConcurrent))
                .build();
    }

    DicomWebClient direct() {
        return DicomWebClient.builder().server(ServerConfig.of("orthanc", ORTHANC.orthanc().dicomWebRoot())).build();
    }

    @Test
    void framesAndInstancesComeOverH2EqualToTheFileAndToHttp11() throws Exception {
        DicomWebClient client = throughNginx(6);
        List<FramePart> frames = new ArrayList<>();
        client.retrieveFrames(OrthancDicomWebTest.CT_STUDY, OrthancDicomWebTest.CT_SERIES,
                OrthancDicomWebTest.CT_INSTANCE, new int[] {1}, List.of("*"), frames::add);
        byte[] expected = PydicomFiles.frames(PydicomFiles.file("CT_small.dcm"), work).getFirst();
        assertThat(frames).singleElement().satisfies(f -> assertThat(f.data()).isEqualTo(expected));

        List<byte[]> viaH2 = new ArrayList<>();
        client.retrieveInstance(OrthancDicomWebTest.CT_STUDY, OrthancDicomWebTest.CT_SERIES,
                OrthancDicomWebTest.CT_INSTANCE, i -> viaH2.add(i.body().readAllBytes()));
        List<byte[]> viaHttp11 = new ArrayList<>();
        direct().retrieveInstance(OrthancDicomWebTest.CT_STUDY, OrthancDicomWebTest.CT_SERIES,
                OrthancDicomWebTest.CT_INSTANCE, i -> viaHttp11.add(i.body().readAllBytes()));
        assertThat(viaH2).hasSize(1);
        assertThat(viaH2.getFirst()).isEqualTo(viaHttp11.getFirst());

        assertThat(protocols).isNotEmpty().containsOnly(Protocol.HTTP_2);
    }

    @Test
    void concurrentRequestsShareOneMultiplexedConnection() throws Exception {
        DicomWebClient client = throughNginx(4);
        client.studyMetadata(OrthancDicomWebTest.CT_STUDY); // the connection exists before the burst
        connections.clear();
        int n = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> sizes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sizes.add(pool.submit(() -> {
                    start.await();
                    List<FramePart> got = new ArrayList<>();
                    client.retrieveFrames(OrthancDicomWebTest.CT_STUDY, OrthancDicomWebTest.CT_SERIES,
                            OrthancDicomWebTest.CT_INSTANCE, new int[] {1}, List.of("*"), got::add);
                    return got.getFirst().data().length;
                }));
            }
            start.countDown();
            for (Future<Integer> size : sizes) {
                assertThat(size.get()).isEqualTo(128 * 128 * 2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(connections).hasSize(n);
        assertThat(connections.stream().distinct().count()).as("distinct connections").isEqualTo(1);
        assertThat(protocols).containsOnly(Protocol.HTTP_2);
    }
}
