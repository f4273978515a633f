package org.lumen.viewer.priors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.Auth;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.net.ThrottledLink;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.cache.StudyCache;
import org.lumen.viewer.servers.AuthSettings;
import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.ServerClients;
import org.lumen.viewer.servers.ServerRegistry;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.ServerSettingsFile;
import org.lumen.viewer.servers.SessionCredentialStore;
import org.lumen.viewer.servers.TlsSettings;
import org.lumen.viewer.servers.UnavailableCredentialStore;
import org.lumen.viewer.strip.SeriesSummary;
import org.lumen.viewer.strip.StudyRetrieval;
import org.lumen.viewer.testdata.SyntheticStudies;
import org.lumen.viewer.testdata.SyntheticStudies.Series;

/**
 * The priors prefetched as a PACS prefetch rule chooses them (ADR 0016), against a real Orthanc behind the testkit's
 * {@link ThrottledLink}: of five earlier studies of the patient, the two newest CT studies of the same body region
 * (Body Part Examined from the series search; a prior without it matched by its description) are prefetched, the
 * more relevant one first and whole before the next, each with the series matching the current study's and no
 * other; a head CT (newer, same modality), an MR and a third chest CT (older than the two) are not touched. A prior
 * series cut off mid-stream is completed by the next prefetch with only the frames the cache lacks.
 */
@IntegrationTest
@WithOrthanc
class PriorPrefetchIntegrationTest {
    private static final byte[] MASTER_KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int N = 16;
    @TempDir
    static Path data;
    @TempDir
    static Path config;
    private static ThrottledLink link;
    private static DicomWebClient client;
    private static ServerRegistry registry;
    private static SyntheticStudies.Study current;
    private static SyntheticStudies.Study head;
    private static SyntheticStudies.Study chest;
    private static SyntheticStudies.Study mr;
    private static SyntheticStudies.Study thorax;
    private static SyntheticStudies.Study oldest;

    @BeforeAll
    static void store(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        DicomWebClient direct = DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withAuth(Auth.none()).withQueryEncoding(QueryEncoding.LITERAL)).build();
        current = write(direct, "20260301", "CT routine", List.of(new Series("CT", "Scout", 2, "CHEST"),
                new Series("CT", "Axial", N, "CHEST"), new Series("CT", "Axial lung", N, "CHEST")));
        // Newer than the relevant ones and the same modality, but the head: its descriptions name no region.
        head = write(direct, "20251001", "CT routine", List.of(new Series("CT", "Axial", N, "HEAD")));
        chest = write(direct, "20250601", "CT routine", List.of(new Series("CT", "Scout", 2, "CHEST"),
                new Series("CT", "Axial", N, "CHEST"), new Series("CT", "Coronal", N, "CHEST")));
        mr = write(direct, "20250301", "MR chest", List.of(new Series("MR", "Axial", N, "CHEST")));
        thorax = write(direct, "20240601", "CT thorax", List.of(new Series("CT", "Axial", N))); // no body part: the description
        oldest = write(direct, "20230101", "CT routine", List.of(new Series("CT", "Axial", N, "CHEST")));
        link = new ThrottledLink(orthanc.dicomWebRoot(), 8, 5);
        ServerSettings server = new ServerSettings("orthanc", "Slow", link.through(orthanc.dicomWebRoot()),
                link.through(orthanc.dicomWebRoot()), link.through(orthanc.dicomWebRoot()), new AuthSettings.None(), TlsSettings.none(),
                QueryEncoding.LITERAL);
        ServerSettingsFile file = new ServerSettingsFile(new ConfigFolder(config));
        file.save(List.of(server));
        registry = new ServerRegistry(file, new ServerClients(new SessionCredentialStore(new UnavailableCredentialStore("test"))));
        client = registry.clients().client(server);
    }

    @AfterAll
    static void closeLink() throws Exception {
        link.close();
    }

    @Test
    void theTwoMostRelevantPriorsArePrefetchedInOrderWithTheSeriesMatchingTheCurrentStudys() throws Exception {
        try (StudyCache cache = cache("cache1"); PriorPrefetch prefetch = prefetchInto(cache)) {
            StudyRetrieval now = new StudyRetrieval(client, "orthanc", "Slow", current.studyUid(), cache);
            List<SeriesSummary> listed = now.listSeries();
            assertThat(listed).extracting(SeriesSummary::bodyPart).as("Body Part Examined from the series search").containsOnly("CHEST");
            SeriesSummary axial = listed.get(1);

            // The series on the screen held at the link: nothing of a prior, not even the timeline, goes meanwhile.
            link.gate("/frames", 0);
            assertThat(now.prefetch(axial, org.lumen.viewer.stream.Tier.NEXT)).isTrue();
            prefetch.studyOpened(now, axial);
            waitUntil(() -> link.held() > 0);
            Thread.sleep(500);
            assertThat(link.forwarded()).noneMatch(r -> r.contains("PatientID") || r.contains("PP-1"));
            assertThat(prefetch.prefetched()).isEmpty();
            link.openGate();

            waitUntil(() -> prefetch.prefetched().size() == 2 && prefetch.prefetched().stream()
                    .allMatch(p -> p.series().stream().allMatch(s -> p.retrieval().isDownloaded(s.seriesUid()))));
            List<PriorPrefetch.Prefetched> chosen = prefetch.prefetched();
            assertThat(chosen).extracting(p -> p.prior().studyUid()).containsExactly(chest.studyUid(), thorax.studyUid());
            assertThat(chosen.get(0).series()).extracting(SeriesSummary::seriesUid)
                    .as("the match of the series on the screen first, then the scout's; not the coronal")
                    .containsExactly(chest.seriesUids().get(1), chest.seriesUids().get(0));
            assertThat(chosen.get(0).matches().get(axial.seriesUid()).seriesUid()).isEqualTo(chest.seriesUids().get(1));
            assertThat(chosen.get(1).series()).extracting(SeriesSummary::seriesUid).containsExactly(thorax.seriesUids().get(0));
            assertThat(frames(chest.seriesUids().get(1)).stream().distinct()).hasSize(N);
            assertThat(frames(chest.seriesUids().get(0)).stream().distinct()).hasSize(2);
            assertThat(frames(thorax.seriesUids().get(0)).stream().distinct()).hasSize(N);
            assertThat(frames(chest.seriesUids().get(2))).as("the coronal matches no current series").isEmpty();
            for (SyntheticStudies.Study untouched : List.of(head, mr, oldest)) {
                assertThat(frames(untouched.studyUid())).as("no frame of " + untouched.studyUid()).isEmpty();
            }
            List<String> all = frameRequests();
            assertThat(lastIndex(all, chest.studyUid())).as("the more relevant prior whole before the next")
                    .isLessThan(all.indexOf(all.stream().filter(r -> r.contains(thorax.studyUid())).findFirst().orElseThrow()));
            assertThat(lastIndex(all, current.studyUid())).isLessThan(all.indexOf(all.stream()
                    .filter(r -> r.contains(chest.studyUid())).findFirst().orElseThrow()));
            // The audit log: the current study viewed; the priors looked at by the prefetch queried and (the two
            // chosen) retrieved, never recorded as viewed, since nobody has seen them.
            List<org.lumen.store.audit.AuditRecord> audited = cache.auditLog().read();
            assertThat(audited).anyMatch(r -> r.event().studyUid().equals(current.studyUid())
                    && r.event().action() == org.lumen.store.audit.AuditAction.VIEW);
            assertThat(audited).filteredOn(r -> !r.event().studyUid().equals(current.studyUid()))
                    .extracting(r -> r.event().action()).isNotEmpty()
                    .doesNotContain(org.lumen.store.audit.AuditAction.VIEW, org.lumen.store.audit.AuditAction.VIEW_OFFLINE);
            assertThat(audited).anyMatch(r -> r.event().studyUid().equals(chest.studyUid())
                    && r.event().action() == org.lumen.store.audit.AuditAction.RETRIEVE);
            now.closeStreams();
            assertThat(chosen).allMatch(p -> p.retrieval().streamsClosed());
        }
    }

    @Test
    void aPriorSeriesCutOffMidStreamIsCompletedWithOnlyTheFramesTheCacheLacks() throws Exception {
        try (StudyCache cache = StudyCache.open(data.resolve("cache2"), StoreKeys.fromMasterKey(MASTER_KEY), 1L << 30)) {
            String series = oldest.seriesUids().get(0);
            StudyRetrieval first = new StudyRetrieval(client, "orthanc", "Slow", oldest.studyUid(), cache);
            SeriesSummary summary = first.listSeries().get(0);
            link.gate(series + "/instances", 5);
            assertThat(first.prefetch(summary, org.lumen.viewer.stream.Tier.PRIOR)).isTrue();
            try {
                waitUntil(() -> link.held() > 0 && cache.count("orthanc", oldest.studyUid(), series) >= 1 && first.isPartial(series));
            } catch (AssertionError e) {
                throw new AssertionError("cached " + cache.count("orthanc", oldest.studyUid(), series) + ", partial " + first.isPartial(series)
                        + ", frames " + frames(series), e);
            }
            first.closeStreams();
            Thread.sleep(500); // a frame written as the streams closed is counted too
            link.openGate();
            int held = cache.count("orthanc", oldest.studyUid(), series);
            assertThat(held).isBetween(1, N - 1);
            int before = frames(series).size();

            StudyRetrieval again = new StudyRetrieval(client, "orthanc", "Slow", oldest.studyUid(), cache);
            assertThat(again.prefetch(again.listSeries().get(0), org.lumen.viewer.stream.Tier.PRIOR)).isTrue();
            waitUntil(() -> again.isDownloaded(series));
            List<String> fetched = frames(series).subList(before, frames(series).size());
            assertThat(fetched.stream().distinct()).as("only the frames the cache lacked").hasSize(N - held);
            assertThat(again.streams().orElseThrow().series(series).complete()).isTrue();
            again.closeStreams();
        }
    }

    @Test
    void noRequestOfAPriorReachesTheServerUntilTheCurrentStudysDownloadsAreDone() throws Exception {
        try (StudyCache cache = cache("cache3"); PriorPrefetch prefetch = prefetchInto(cache)) {
            int start = link.forwarded().size(); // the requests of this test only
            StudyRetrieval now = new StudyRetrieval(client, "orthanc", "Slow", current.studyUid(), cache);
            List<SeriesSummary> listed = now.listSeries();
            SeriesSummary axial = listed.get(1);
            String lung = listed.get(2).seriesUid();
            // As the strip does: every series queued for download, the one on the screen streamed, then the others
            // downloaded whole once the streams are idle; the last of those held at the link.
            now.queueDownloads(listed.stream().map(SeriesSummary::seriesUid).toList());
            link.gate("/series/" + lung + " ", 0);
            assertThat(now.stream(axial, early -> { })).isPresent();
            Thread downloads = Thread.ofPlatform().daemon().start(() -> {
                try {
                    now.awaitStreamsIdle();
                    now.download(listed.get(0), n -> { });
                    now.download(listed.get(2), n -> { });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            prefetch.studyOpened(now, axial);
            waitUntil(() -> link.held() > 0);
            assertThat(now.downloadsIdle()).isFalse();
            Thread.sleep(500);
            assertThat(since(start)).as("nothing of a prior, not even the timeline search, while the current study downloads")
                    .noneMatch(r -> r.contains("PatientID") || r.contains("PP-1") || r.contains(chest.studyUid()) || r.contains(thorax.studyUid()));
            assertThat(prefetch.prefetched()).isEmpty();
            link.openGate();

            downloads.join(60_000);
            assertThat(now.isDownloaded(lung)).isTrue();
            waitUntil(() -> prefetch.prefetched().size() == 2 && prefetch.prefetched().stream().allMatch(PriorPrefetch.Prefetched::complete));
            List<String> all = since(start);
            int download = all.indexOf(all.stream().filter(r -> r.contains("/series/" + lung + " ")).findFirst().orElseThrow());
            int firstPrior = all.indexOf(all.stream().filter(r -> r.contains("PatientID") || r.contains(chest.studyUid())).findFirst().orElseThrow());
            assertThat(firstPrior).as("the priors' first request after the current study's last download").isGreaterThan(download);
            now.closeStreams();
        }
    }

    @Test
    void aDownloadOfTheCurrentStudyStartedDuringThePrefetchGoesBeforeThePriorsNextRequestAndACancelledPriorStaysPartial() throws Exception {
        try (StudyCache cache = cache("cache4"); PriorPrefetch prefetch = prefetchInto(cache)) {
            int start = link.forwarded().size(); // the requests of this test only
            StudyRetrieval now = new StudyRetrieval(client, "orthanc", "Slow", current.studyUid(), cache);
            List<SeriesSummary> listed = now.listSeries();
            SeriesSummary axial = listed.get(1);
            SeriesSummary lung = listed.get(2);
            String priorAxial = chest.seriesUids().get(1);
            // The current study idle: the prefetch starts; its third frame request is held at the link.
            link.gate(priorAxial + "/instances", 2);
            prefetch.studyOpened(now, axial);
            waitUntil(() -> link.held() > 0);
            int before = priorFrames(since(start)).size();
            assertThat(before).isEqualTo(2);

            // The reader opens another series of the current study (downloaded whole) while the prior's request is held:
            // everything waits at the link, then goes at once; the prior's held request may overlap the download, no other.
            link.gate(" HTTP/", 0);
            int[] mark = {-1};
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try {
                    now.download(lung, n -> {
                        if (n == lung.instanceCount()) {
                            mark[0] = link.forwarded().size(); // the last instance arrived, the download not yet returned
                        }
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            waitUntil(() -> !now.downloadsIdle() && link.held() >= 2);
            Thread.sleep(300);
            link.openGate();
            reader.join(60_000);
            assertThat(mark[0]).as("the download completed").isPositive();
            List<String> untilDone = link.forwarded().subList(start, mark[0]);
            assertThat(untilDone).anyMatch(r -> r.contains("/series/" + lung.seriesUid() + " "));
            assertThat(priorFrames(untilDone.stream().filter(r -> r.contains("/frames")).toList())).as("at most the prior's request in flight overlaps the current study's download")
                    .hasSizeLessThanOrEqualTo(before + 1);

            // The prefetch resumes where it stopped; held again part-way and cancelled with the current study, the
            // prior's series stays partial in the cache, neither complete nor PREFETCHED.
            link.gate(priorAxial + "/instances", 1);
            waitUntil(() -> link.held() > 0 && priorFrames(since(start)).size() > before + 1);
            PriorPrefetch.Prefetched paused = prefetch.prefetched().get(0);
            assertThat(paused.prior().studyUid()).isEqualTo(chest.studyUid());
            assertThat(paused.complete()).isFalse();
            now.closeStreams();
            link.openGate();
            Thread.sleep(500); // a frame written as the streams closed is counted too
            StudyRetrieval reopened = new StudyRetrieval(client, "orthanc", "Slow", chest.studyUid(), cache);
            reopened.listSeries(false);
            assertThat(reopened.isDownloaded(priorAxial)).as("a cancelled prior's series is not complete").isFalse();
            assertThat(reopened.isPartial(priorAxial)).isTrue();
            assertThat(paused.complete()).isFalse();
        }
    }

    private static SyntheticStudies.Study write(DicomWebClient direct, String date, String description, List<Series> series) throws Exception {
        return SyntheticStudies.store(direct, SyntheticStudies.write(data, "Prefetch^Rule", "PP-1", date, description, series));
    }

    private static List<String> frameRequests() {
        return link.forwarded().stream().filter(r -> r.contains("/frames")).toList();
    }

    private static StudyCache cache(String name) throws Exception {
        return StudyCache.open(data.resolve(name), StoreKeys.fromMasterKey(MASTER_KEY), 1L << 30);
    }

    /** The prefetch with the default limit (2), its priors retrieved through the slow link into {@code cache}. */
    private static PriorPrefetch prefetchInto(StudyCache cache) {
        return new PriorPrefetch(registry, (server, uid) -> new StudyRetrieval(client, "orthanc", "Slow", uid, cache));
    }

    /** The requests forwarded since {@code start}, in order. */
    private static List<String> since(int start) {
        List<String> all = link.forwarded();
        return all.subList(start, all.size());
    }

    /** The frame requests of any prior of the patient among {@code requests}, in order. */
    private static List<String> priorFrames(List<String> requests) {
        return requests.stream().filter(r -> r.contains("/frames") && (r.contains(chest.studyUid()) || r.contains(thorax.studyUid())
                || r.contains(head.studyUid()) || r.contains(mr.studyUid()) || r.contains(oldest.studyUid()))).toList();
    }

    private static List<String> frames(String uid) {
        return frameRequests().stream().filter(r -> r.contains(uid)).toList();
    }

    private static int lastIndex(List<String> all, String uid) {
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).contains(uid)) {
                last = i;
            }
        }
        return last;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 60 s; forwarded " + link.forwarded().size() + ", held " + link.held());
            }
            Thread.sleep(20);
        }
    }
}
