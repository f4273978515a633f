package org.lumen.viewer.strip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.net.ThrottledLink;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.cache.StudyCache;
import org.lumen.viewer.stream.Tier;
import org.lumen.viewer.testdata.SyntheticStudies;

/**
 * A prior prefetched behind the current study (ADR 0016), against a real Orthanc behind the testkit's
 * {@link ThrottledLink}: its frame requests wait whenever the current study has slices to fetch, at the start and
 * again when the current study starts streaming another series while the prior is half done; then at most the one
 * prior request already in flight overlaps the current series.
 */
@IntegrationTest
@WithOrthanc
class PriorBehindCurrentIntegrationTest {
    private static final byte[] MASTER_KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int SLICES = 30;
    @TempDir
    static Path data;
    @TempDir
    static Path folder;
    private static SyntheticStudies.Study current;
    private static SyntheticStudies.Study prior;
    private static ThrottledLink link;
    private static DicomWebClient client;

    @BeforeAll
    static void store(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        DicomWebClient direct = DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withQueryEncoding(QueryEncoding.LITERAL)).build();
        current = SyntheticStudies.store(direct, SyntheticStudies.write(data, "Behind^Test", "BH-1", "20260501", "CT",
                List.of(new SyntheticStudies.Series("CT", "Axial", SLICES), new SyntheticStudies.Series("CT", "Lung", SLICES))));
        prior = SyntheticStudies.store(direct, SyntheticStudies.write(data, "Behind^Test", "BH-1", "20250501", "CT",
                List.of(new SyntheticStudies.Series("CT", "Axial", SLICES))));
        link = new ThrottledLink(orthanc.dicomWebRoot(), 2, 10);
        client = DicomWebClient.builder().server(ServerConfig.of("orthanc", link.through(orthanc.dicomWebRoot()))
                .withQueryEncoding(QueryEncoding.LITERAL)).build();
    }

    @AfterAll
    static void closeLink() throws Exception {
        link.close();
    }

    @Test
    void thePriorsRequestsWaitWheneverTheCurrentStudyStreams() throws Exception {
        try (StudyCache cache = StudyCache.open(folder, StoreKeys.fromMasterKey(MASTER_KEY), 1L << 30)) {
            StudyRetrieval now = new StudyRetrieval(client, "orthanc", "Slow", current.studyUid(), cache);
            StudyRetrieval before = new StudyRetrieval(client, "orthanc", "Slow", prior.studyUid(), cache);
            before.prefetchBehind(now);
            List<SeriesSummary> currentSeries = now.listSeries();
            SeriesSummary priorSeries = before.listSeries().get(0);

            // The current study's first series held at the link: the prior, queued, sends nothing.
            link.gate("/frames", 0);
            assertThat(now.prefetch(currentSeries.get(0), Tier.NEXT)).isTrue();
            assertThat(before.prefetch(priorSeries, Tier.PRIOR)).isTrue();
            waitUntil(() -> link.held() > 0);
            Thread.sleep(500);
            assertThat(frames(prior.studyUid())).isEmpty();
            assertThat(before.waitedForOthers()).isPositive();

            // Released: the current series first, then the prior, one request at a time. Held again half-way.
            link.gate(prior.studyUid(), SLICES / 2);
            waitUntil(() -> frames(prior.studyUid()).size() == SLICES / 2 && link.held() > 0);
            assertThat(lastIndex(current.studyUid())).isLessThan(firstIndex(prior.studyUid()));
            assertThat(link.held()).as("one prior request at a time in the background").isEqualTo(1);

            // The current study streams another series: the prior's next requests wait for it (one may be in flight).
            int priorBefore = frames(prior.studyUid()).size();
            assertThat(now.prefetch(currentSeries.get(1), Tier.NEXT)).isTrue();
            link.openGate();
            waitUntil(() -> before.isDownloaded(priorSeries.seriesUid()) && now.isDownloaded(currentSeries.get(1).seriesUid()));
            List<String> all = link.forwarded().stream().filter(r -> r.contains("/frames")).toList();
            int lastOfSecond = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).contains(currentSeries.get(1).seriesUid())) {
                    lastOfSecond = i;
                }
            }
            long overlapping = all.subList(0, lastOfSecond).stream().filter(r -> r.contains(prior.studyUid())).count() - priorBefore;
            assertThat(overlapping).as("prior requests sent while the second current series streamed").isLessThanOrEqualTo(1);
            assertThat(frames(prior.studyUid()).stream().distinct()).hasSize(SLICES);
            now.closeStreams();
            assertThat(before.streamsClosed()).as("the prior's streams close with the current study's").isTrue();
        }
    }

    private static List<String> frames(String studyUid) {
        return link.forwarded().stream().filter(r -> r.contains("/frames") && r.contains(studyUid)).toList();
    }

    private static int lastIndex(String studyUid) {
        List<String> all = link.forwarded().stream().filter(r -> r.contains("/frames")).toList();
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).contains(studyUid)) {
                last = i;
            }
        }
        return last;
    }

    private static int firstIndex(String studyUid) {
        List<String> all = link.forwarded().stream().filter(r -> r.contains("/frames")).toList();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).contains(studyUid)) {
                return i;
            }
        }
        return -1;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 30 s; forwarded " + link.forwarded().size() + ", held " + link.held());
            }
            Thread.sleep(20);
        }
    }
}
