package org.lumen.viewer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.servers.AuthSettings;
import org.lumen.viewer.servers.ServerClients;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.SessionCredentialStore;
import org.lumen.viewer.servers.TlsSettings;
import org.lumen.viewer.servers.UnavailableCredentialStore;
import org.lumen.viewer.testdata.SyntheticStudies;

/** The federated study search over a real Orthanc and an unreachable server. */
@WithOrthanc
class FederatedSearchIntegrationTest {
    @TempDir
    static Path dir;

    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void storeStudies(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        DicomWebClient client = DicomWebClient.builder().server(orthanc(orthanc).toConfig(org.lumen.dicomweb.Auth.none())).build();
        for (int i = 0; i < 5; i++) {
            SyntheticStudies.store(client, SyntheticStudies.write(dir, "Federer^Roger" + i, "FED-" + i, "2024010" + (i + 1),
                    "Knee " + i, List.of(new SyntheticStudies.Series("MR", "Sagittal", 1))));
        }
        SyntheticStudies.store(client, SyntheticStudies.write(dir, "Other^Person", "OTH-1", "20230101", "Head",
                List.of(new SyntheticStudies.Series("CT", "Axial", 1))));
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static ServerSettings orthanc(Orthanc orthanc) {
        URI root = orthanc.dicomWebRoot();
        return new ServerSettings("o", "Orthanc", root, root, root, new AuthSettings.None(), TlsSettings.none(),
                QueryEncoding.LITERAL);
    }

    private static ServerSettings unreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI root = URI.create("http://127.0.0.1:" + port + "/dicom-web");
        return new ServerSettings("gone", "Gone", root, root, root, new AuthSettings.None(), TlsSettings.none(),
                QueryEncoding.LITERAL);
    }

    /** Collects what the listener hears. */
    static final class Collected implements FederatedSearch.Listener {
        final List<StudyRow> rows = new CopyOnWriteArrayList<>();
        final Map<String, String> failures = new ConcurrentHashMap<>();
        final Map<String, Integer> totals = new ConcurrentHashMap<>();
        final List<Integer> pageSizes = new CopyOnWriteArrayList<>();

        @Override
        public void page(String server, List<StudyRow> page) {
            rows.addAll(page);
            pageSizes.add(page.size());
        }

        @Override
        public void failed(String server, String message) {
            failures.put(server, message);
        }

        @Override
        public void finished(String server, int total, boolean truncated) {
            totals.put(server, truncated ? -total : total);
        }
    }

    private ServerClients clients() {
        return new ServerClients(new SessionCredentialStore(new UnavailableCredentialStore("test")));
    }

    @Test
    void pagesThroughOneServerWhileAnotherFailsInWords(Orthanc orthanc) throws Exception {
        FederatedSearch search = new FederatedSearch(executor, clients(), 2, 100);
        Collected collected = new Collected();
        search.start(List.of(orthanc(orthanc), unreachable()), StudyQuery.any().withPatientName("Federer"), collected);
        executor.shutdown();
        assertThat(executor.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(collected.rows).hasSize(5).allSatisfy(r -> assertThat(r.server()).isEqualTo("Orthanc"));
        assertThat(collected.rows).extracting(StudyRow::patientId).containsExactlyInAnyOrder("FED-0", "FED-1", "FED-2", "FED-3", "FED-4");
        assertThat(collected.rows).allSatisfy(r -> {
            assertThat(r.modalities()).isEqualTo("MR");
            assertThat(r.seriesCount()).isEqualTo(1);
        });
        assertThat(collected.pageSizes).containsExactly(2, 2, 1);
        assertThat(collected.totals).containsEntry("Orthanc", 5).doesNotContainKey("Gone");
        assertThat(collected.failures).containsOnlyKeys("Gone");
        assertThat(collected.failures.get("Gone")).startsWith("Unreachable: nothing answers at 127.0.0.1:");
    }

    @Test
    void capsResultsPerServerAndSaysSo(Orthanc orthanc) throws Exception {
        FederatedSearch search = new FederatedSearch(executor, clients(), 2, 3);
        Collected collected = new Collected();
        search.start(List.of(orthanc(orthanc)), StudyQuery.any(), collected);
        executor.shutdown();
        assertThat(executor.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(collected.rows).hasSize(3);
        assertThat(collected.totals).containsEntry("Orthanc", -3);
    }

    @Test
    void historyFindsThePatientsStudiesOnly(Orthanc orthanc) throws Exception {
        FederatedSearch search = new FederatedSearch(executor, clients(), 50, 100);
        Collected collected = new Collected();
        search.start(List.of(orthanc(orthanc)), StudyQuery.history("OTH-1"), collected);
        executor.shutdown();
        assertThat(executor.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(collected.rows).singleElement().satisfies(r -> {
            assertThat(r.displayName()).isEqualTo("Other, Person");
            assertThat(r.description()).isEqualTo("Head");
        });
    }

    @Test
    void cancelledSearchReportsNothingMore(Orthanc orthanc) throws Exception {
        FederatedSearch search = new FederatedSearch(executor, clients(), 1, 100);
        Collected collected = new Collected();
        FederatedSearch.Handle handle = search.start(List.of(orthanc(orthanc)), StudyQuery.any(), collected);
        handle.cancel();
        int seen = collected.rows.size();
        executor.shutdown();
        assertThat(executor.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(handle.isCancelled()).isTrue();
        assertThat(collected.rows).hasSize(seen);
        assertThat(collected.totals).isEmpty();
        assertThat(collected.failures).isEmpty();
    }

    @Test
    void anUnreachableServersMatchingCachedStudiesAreListedMarkedOffline(Orthanc orthanc, @TempDir Path cacheDir)
            throws Exception {
        ServerSettings gone = unreachable();
        try (org.lumen.viewer.cache.StudyCache cache = org.lumen.viewer.cache.StudyCache.session(cacheDir)) {
            keep(cache, gone.id(), "Federer^Cached", "FC-1", "20240505", "Knee cached", "MR");
            keep(cache, gone.id(), "Other^Cached", "OC-1", "20240505", "Head cached", "CT");
            keep(cache, "elsewhere", "Federer^Elsewhere", "FE-1", "20240505", "Knee elsewhere", "MR");
            FederatedSearch search = new FederatedSearch(executor, clients(), 50, 100)
                    .withOffline(new CachedStudySearch(() -> cache.entries().studies()));
            Collected collected = new Collected();
            search.start(List.of(orthanc(orthanc), gone), StudyQuery.any().withPatientName("federer"), collected);
            Collected byModality = new Collected();
            search.start(List.of(gone), new StudyQuery("", "", "", "20240101", "20241231", "CT", "", false), byModality);
            Collected byAccession = new Collected();
            search.start(List.of(gone), new StudyQuery("", "", "ACC", "", "", "", "", false), byAccession);
            executor.shutdown();
            assertThat(executor.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(collected.rows).filteredOn(r -> r.server().equals("Orthanc")).hasSize(5);
            assertThat(collected.rows).filteredOn(r -> r.server().equals("Gone")).singleElement().satisfies(r -> {
                assertThat(r.patientName()).isEqualTo("Federer^Cached");
                assertThat(r.description()).isEqualTo(CachedStudySearch.OFFLINE_MARK + "Knee cached");
                assertThat(r.seriesCount()).isEqualTo(1);
            });
            assertThat(collected.failures.get("Gone")).contains("OFFLINE: 1 matching cached study listed");
            assertThat(byModality.rows).extracting(StudyRow::patientId).containsExactly("OC-1");
            assertThat(byAccession.rows).isEmpty();
            assertThat(byAccession.failures.get("Gone")).contains("OFFLINE: 0 matching cached studies");
        }
    }

    private static void keep(org.lumen.viewer.cache.StudyCache cache, String serverId, String name, String id, String date,
            String description, String modality) throws Exception {
        SyntheticStudies.Study study = SyntheticStudies.write(dir, name, id, date, description,
                List.of(new SyntheticStudies.Series(modality, "One", 1)));
        byte[] part10 = java.nio.file.Files.readAllBytes(study.files().get(0));
        cache.keep(serverId, org.lumen.dicom.io.Part10Reader.read(new java.io.ByteArrayInputStream(part10),
                org.lumen.dicom.io.ReadOptions.DEFAULT).dataSet(), part10);
    }
}
