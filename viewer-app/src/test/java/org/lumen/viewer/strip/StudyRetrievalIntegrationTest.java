package org.lumen.viewer.strip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.ReadOptions;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.RetryPolicy;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.testkit.data.PydicomCorpus;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.cache.SeriesInstances;
import org.lumen.viewer.cache.StudyCache;
import org.lumen.viewer.testdata.SyntheticStudies;

/** Series list, thumbnails and downloads of one study on a real Orthanc, kept in the encrypted cache. */
@WithOrthanc
class StudyRetrievalIntegrationTest {
    private static final byte[] MASTER_KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path data;

    @TempDir
    Path folder;

    private static SyntheticStudies.Study study;
    private static DicomWebClient client;
    private StudyCache cache;

    @BeforeAll
    static void store(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        client = DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withQueryEncoding(QueryEncoding.LITERAL)).build();
        study = SyntheticStudies.store(client, SyntheticStudies.write(data, "Strip^Test", "STR-1", "20240202", "Strip study",
                List.of(new SyntheticStudies.Series("CT", "Axial 5 mm", 7), new SyntheticStudies.Series("MR", "Scout", 3))));
    }

    @BeforeEach
    void openCache() throws Exception {
        cache = StudyCache.open(folder, StoreKeys.fromMasterKey(MASTER_KEY), 1L << 30);
    }

    @AfterEach
    void closeCache() throws Exception {
        cache.close();
    }

    private StudyRetrieval retrieval(DicomWebClient c, String studyUid) {
        return new StudyRetrieval(c, "orthanc", "Test Orthanc", studyUid, cache);
    }

    @Test
    void listsSeriesByNumberWithCounts() throws Exception {
        List<SeriesSummary> series = retrieval(client, study.studyUid()).listSeries();
        assertThat(series).containsExactly(new SeriesSummary(study.seriesUids().get(0), 1, "CT", "Axial 5 mm", 7),
                new SeriesSummary(study.seriesUids().get(1), 2, "MR", "Scout", 3));
    }

    @Test
    void thumbnailIsRenderedByTheServer() throws Exception {
        StudyRetrieval retrieval = retrieval(client, study.studyUid());
        Thumbnail t = retrieval.thumbnail(retrieval.listSeries().get(0), 96);
        assertThat(t.serverRendered()).isTrue();
        assertThat(Math.max(t.width(), t.height())).isLessThanOrEqualTo(96);
        // The ramp runs left (dark) to right (brighter).
        int row = t.height() / 2 * t.width();
        assertThat(t.argb()[row + t.width() - 2] & 0xFF).isGreaterThan(t.argb()[row + 1] & 0xFF);
    }

    @Test
    void whenTheServerCannotRenderTheMiddleInstanceIsDecodedHere(Orthanc orthanc) throws Exception {
        // Orthanc without its GDCM plugin cannot decode JPEG 2000, so its rendered resource fails.
        Path jpeg2000 = PydicomCorpus.testFile("MR_small_jp2klossless.dcm");
        orthanc.upload(jpeg2000);
        var ds = Part10Reader.read(jpeg2000).dataSet();
        StudyRetrieval retrieval = retrieval(client, ds.getString(Tag.StudyInstanceUID, ""));
        SeriesSummary series = retrieval.listSeries().stream()
                .filter(s -> s.seriesUid().equals(ds.getString(Tag.SeriesInstanceUID, ""))).findFirst().orElseThrow();
        Thumbnail t = retrieval.thumbnail(series, 48);
        assertThat(t.serverRendered()).isFalse();
        assertThat(t.width()).isEqualTo(48);
        assertThat(java.util.Arrays.stream(t.argb()).map(p -> p & 0xFF).distinct().count()).isGreaterThan(20);
    }

    @Test
    void downloadsEveryInstanceIntoTheCacheWithProgressOnce() throws Exception {
        StudyRetrieval retrieval = retrieval(client, study.studyUid());
        SeriesSummary ct = retrieval.listSeries().get(0);
        List<Integer> progress = new CopyOnWriteArrayList<>();
        SeriesInstances instances = retrieval.download(ct, progress::add);
        assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(retrieval.isDownloaded(ct.seriesUid())).isTrue();
        assertThat(instances.part10()).hasSize(7);
        for (byte[] part10 : instances.part10()) {
            assertThat(header(part10).getString(Tag.SeriesInstanceUID, "")).isEqualTo(ct.seriesUid());
        }
        progress.clear();
        SeriesInstances again = retrieval.download(ct, progress::add);
        assertThat(progress).as("from the cache, no request").containsExactly(7);
        assertThat(sorted(again.part10())).usingElementComparator(Arrays::compare).containsExactlyElementsOf(sorted(instances.part10()));
        assertThat(cache.count("orthanc", study.studyUid(), ct.seriesUid())).isEqualTo(7);
    }

    @Test
    void noPatientNameUidOrPixelRunLiesInPlainBytesOnDisk() throws Exception {
        StudyRetrieval retrieval = retrieval(client, study.studyUid());
        SeriesSummary ct = retrieval.listSeries().get(0);
        SeriesInstances instances = retrieval.download(ct, n -> {});
        cache.entries().flush();
        byte[] first = instances.part10().get(0);
        byte[] pixelRun = Arrays.copyOfRange(first, first.length - 64, first.length);
        List<byte[]> secrets = List.of("Strip^Test".getBytes(StandardCharsets.US_ASCII), "STR-1".getBytes(StandardCharsets.US_ASCII),
                study.studyUid().getBytes(StandardCharsets.US_ASCII), ct.seriesUid().getBytes(StandardCharsets.US_ASCII), pixelRun);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the cache wrote its entries").hasSizeGreaterThan(7);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (byte[] secret : secrets) {
                assertThat(indexOf(bytes, secret)).as("%s holds %s", file, new String(secret, StandardCharsets.ISO_8859_1)).isEqualTo(-1);
            }
        }
    }

    @Test
    void afterARestartWithTheServerGoneTheCachedStudyOpensOffline() throws Exception {
        SeriesSummary ct = retrieval(client, study.studyUid()).listSeries().get(0);
        SeriesInstances online = retrieval(client, study.studyUid()).download(ct, n -> {});
        cache.close();
        cache = StudyCache.open(folder, StoreKeys.fromMasterKey(MASTER_KEY), 1L << 30); // a new session
        StudyRetrieval offline = retrieval(unreachable(), study.studyUid());
        List<SeriesSummary> series = offline.listSeries();
        assertThat(offline.offline()).isTrue();
        assertThat(series).extracting(SeriesSummary::seriesUid, SeriesSummary::modality, SeriesSummary::description, SeriesSummary::instanceCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ct.seriesUid(), "CT", "Axial 5 mm", 7));
        assertThat(offline.isDownloaded(ct.seriesUid())).isTrue();
        SeriesInstances cached = offline.download(series.get(0), n -> {});
        assertThat(cached.offline()).isTrue();
        assertThat(sorted(cached.part10())).usingElementComparator(Arrays::compare).containsExactlyElementsOf(sorted(online.part10()));
        assertThat(cache.auditLog().verify()).isInstanceOf(org.lumen.store.audit.ChainVerification.Intact.class)
                .extracting(org.lumen.store.audit.ChainVerification::verifiedRecords).isEqualTo(3L); // view, retrieve, view offline
    }

    @Test
    void aTamperedEntryIsDroppedAndTheSeriesFetchedAgain() throws Exception {
        StudyRetrieval retrieval = retrieval(client, study.studyUid());
        SeriesSummary ct = retrieval.listSeries().get(0);
        SeriesInstances original = retrieval.download(ct, n -> {});
        cache.close();
        Path entry;
        try (Stream<Path> walk = Files.walk(folder.resolve("cache").resolve("entries"))) {
            entry = walk.filter(Files::isRegularFile).max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(entry, bytes);
        cache = StudyCache.open(folder, StoreKeys.fromMasterKey(MASTER_KEY), 1L << 30);
        StudyRetrieval again = retrieval(client, study.studyUid());
        again.listSeries();
        List<Integer> progress = new CopyOnWriteArrayList<>();
        SeriesInstances fetched = again.download(ct, progress::add);
        assertThat(progress).as("fetched from the server again").containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(sorted(fetched.part10())).usingElementComparator(Arrays::compare).containsExactlyElementsOf(sorted(original.part10()));
    }

    @Test
    void withTheServerGoneAStudyNotInTheCacheIsATypedError() throws Exception {
        assertThatThrownBy(() -> retrieval(unreachable(), "1.2.3.4.5.404").listSeries())
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("127.0.0.1");
    }

    private static DicomWebClient unreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return DicomWebClient.builder().server(ServerConfig.of("gone", URI.create("http://127.0.0.1:" + port + "/dicom-web"))
                .withQueryEncoding(QueryEncoding.LITERAL)).retryPolicy(RetryPolicy.none()).build();
    }

    private static DataSet header(byte[] part10) throws Exception {
        return Part10Reader.read(new ByteArrayInputStream(part10), ReadOptions.DEFAULT).dataSet();
    }

    private static List<byte[]> sorted(List<byte[]> part10) {
        List<byte[]> copy = new ArrayList<>(part10);
        copy.sort(Arrays::compare);
        return copy;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theSizeCapHoldsWhileTheAppRetrievesAndEvictedSeriesComeBackFromTheServer() throws Exception {
        StudyRetrieval measured = retrieval(client, study.studyUid());
        List<byte[]> reference = measured.download(measured.listSeries().get(0), n -> {}).part10();
        long perEntry = cache.entries().stats().sizeBytes() / 7;
        long cap = perEntry * 4 + perEntry / 2;
        List<Long> sizes = new CopyOnWriteArrayList<>();
        try (StudyCache capped = StudyCache.open(folder.resolve("capped"), StoreKeys.fromMasterKey(MASTER_KEY), cap)) {
            StudyRetrieval retrieval = new StudyRetrieval(client, "orthanc", "Test Orthanc", study.studyUid(), capped);
            List<SeriesSummary> series = retrieval.listSeries();
            SeriesInstances ct = retrieval.download(series.get(0), n -> sizes.add(capped.entries().stats().sizeBytes()));
            SeriesInstances mr = retrieval.download(series.get(1), n -> sizes.add(capped.entries().stats().sizeBytes()));
            assertThat(ct.part10()).hasSize(7);
            assertThat(mr.part10()).hasSize(3);
            assertThat(sizes).hasSize(10).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(cap));
            assertThat(capped.count("orthanc", study.studyUid(), study.seriesUids().get(0))).isLessThan(7);
            // A new retrieval of the evicted series fetches it whole again, byte for byte.
            StudyRetrieval again = new StudyRetrieval(client, "orthanc", "Test Orthanc", study.studyUid(), capped);
            SeriesInstances refetched = again.download(again.listSeries().get(0), n -> {});
            assertThat(refetched.offline()).isFalse();
            assertThat(sorted(refetched.part10())).usingElementComparator(Arrays::compare).containsExactlyElementsOf(sorted(reference));
            assertThat(capped.entries().stats().sizeBytes()).isLessThanOrEqualTo(cap);
        }
    }

    @Test
    void noPlaintextOfARetrievedStudyInTheCacheFolderOrTheTemporaryFolder(Orthanc orthanc) throws Exception {
        java.nio.file.attribute.FileTime start = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 2000);
        StudyRetrieval retrieval = retrieval(client, study.studyUid());
        List<byte[]> downloaded = new ArrayList<>();
        for (SeriesSummary series : retrieval.listSeries()) {
            retrieval.thumbnail(series, 64);
            downloaded.addAll(retrieval.download(series, n -> {}).part10());
        }
        cache.close();
        cache = StudyCache.open(folder, StoreKeys.fromMasterKey(MASTER_KEY), 1L << 30);
        assertThat(retrieval(client, study.studyUid()).load(study.seriesUids().get(0)).part10()).hasSize(7);
        List<byte[]> needles = new ArrayList<>();
        List<String> texts = new ArrayList<>(List.of(study.studyUid(), "Strip^Test", "Strip study", "Axial 5 mm"));
        texts.addAll(study.seriesUids());
        for (byte[] part10 : downloaded) {
            DataSet ds = Part10Reader.read(new ByteArrayInputStream(part10), ReadOptions.DEFAULT).dataSet();
            texts.add(ds.getString(Tag.SOPInstanceUID, ""));
            // a run of pixel bytes: the end of the file is the end of Pixel Data
            needles.add(Arrays.copyOfRange(part10, part10.length - 48, part10.length));
        }
        for (String text : texts) {
            needles.add(text.getBytes(StandardCharsets.UTF_8));
        }
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
        List<Path> excluded = List.of(data.toRealPath(), orthanc.storageDirectory().getParent().toRealPath());
        List<Path> scanned = new ArrayList<>();
        for (Path root : List.of(folder.toRealPath(), temp)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : (Iterable<Path>) walk::iterator) {
                    if (excluded.stream().anyMatch(file::startsWith) || !Files.isRegularFile(file) || !Files.isReadable(file)
                            || Files.size(file) > (64 << 20) || (root == temp && Files.getLastModifiedTime(file).compareTo(start) < 0)) {
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(file);
                    scanned.add(file);
                    for (byte[] needle : needles) {
                        assertThat(indexOf(bytes, needle)).as("%s holds %s in plain text", file,
                                new String(needle, StandardCharsets.ISO_8859_1)).isEqualTo(-1);
                    }
                }
            } catch (java.io.UncheckedIOException e) {
                // a file of another process vanished during the walk of the shared temporary folder
            }
        }
        Path cacheFolder = folder.toRealPath();
        assertThat(scanned).filteredOn(p -> p.startsWith(cacheFolder)).hasSizeGreaterThan(10);
        // The search can fail: the source files the server was given hold the UIDs and the pixel runs.
        byte[] source = Files.readAllBytes(study.files().get(0));
        assertThat(indexOf(source, study.studyUid().getBytes(StandardCharsets.UTF_8))).isNotNegative();
    }
}
