package org.lumen.viewer.priors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.browser.FederatedSearch;
import org.lumen.viewer.servers.AuthSettings;
import org.lumen.viewer.servers.ServerClients;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.SessionCredentialStore;
import org.lumen.viewer.servers.TlsSettings;
import org.lumen.viewer.servers.UnavailableCredentialStore;
import org.lumen.viewer.testdata.SyntheticStudies;

/**
 * The patient's timeline from a real Orthanc configured twice (two names, one archive) and a server
 * that does not answer: each study once, naming both servers, newest first, the dead server's failure
 * reported, another patient's studies left out.
 */
@IntegrationTest
@WithOrthanc
class TimelineSearchIntegrationTest {
    @TempDir
    static Path dir;

    private final ExecutorService executor = Executors.newFixedThreadPool(3);

    @BeforeAll
    static void storeStudies(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        DicomWebClient client = DicomWebClient.builder().server(server("o", "x", orthanc.dicomWebRoot())
                .toConfig(org.lumen.dicomweb.Auth.none())).build();
        for (String date : List.of("20210304", "20250110", "20230921")) {
            SyntheticStudies.store(client, SyntheticStudies.write(dir, "Time^Line", "TL-1", date, "CT chest " + date,
                    List.of(new SyntheticStudies.Series("CT", "Axial", 1))));
        }
        SyntheticStudies.store(client, SyntheticStudies.write(dir, "Time^Other", "TL-10", "20240101", "CT head",
                List.of(new SyntheticStudies.Series("CT", "Axial", 1))));
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void oneEntryPerStudyAcrossServersNewestFirstWithFailuresNamed(Orthanc orthanc) throws Exception {
        List<ServerSettings> servers = List.of(server("main", "Main archive", orthanc.dicomWebRoot()),
                server("mirror", "Mirror", orthanc.dicomWebRoot()), server("gone", "Gone", unreachable()));
        ServerClients clients = new ServerClients(new SessionCredentialStore(new UnavailableCredentialStore("test")));
        CompletableFuture<TimelineSearch.Result> done = new CompletableFuture<>();
        new TimelineSearch(new FederatedSearch(executor, clients, 2, 100)).start(servers, "TL-1", done::complete);
        TimelineSearch.Result result = done.get(30, TimeUnit.SECONDS);
        assertThat(result.timeline().entries()).extracting(TimelineEntry::studyDate)
                .containsExactly("20250110", "20230921", "20210304");
        assertThat(result.timeline().entries()).allSatisfy(e -> assertThat(e.servers()).containsExactlyInAnyOrder("Main archive", "Mirror"));
        assertThat(result.failures()).containsOnlyKeys("Gone");
    }

    private static ServerSettings server(String id, String name, URI root) {
        return new ServerSettings(id, name, root, root, root, new AuthSettings.None(), TlsSettings.none(), QueryEncoding.LITERAL);
    }

    private static URI unreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port + "/dicom-web");
    }
}
