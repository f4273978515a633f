package org.lumen.viewer.strip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.testkit.data.PydicomCorpus;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.testdata.SyntheticStudies;

/** Series list, thumbnails and downloads of one study on a real Orthanc. */
@WithOrthanc
class StudyRetrievalIntegrationTest {
    @TempDir
    static Path data;

    @TempDir
    Path folder;

    private static SyntheticStudies.Study study;
    private static DicomWebClient client;

    @BeforeAll
    static void store(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        client = DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withQueryEncoding(QueryEncoding.LITERAL)).build();
        study = SyntheticStudies.store(client, SyntheticStudies.write(data, "Strip^Test", "STR-1", "20240202", "Strip study",
                List.of(new SyntheticStudies.Series("CT", "Axial 5 mm", 7), new SyntheticStudies.Series("MR", "Scout", 3))));
    }

    @Test
    void listsSeriesByNumberWithCounts() throws Exception {
        List<SeriesSummary> series = new StudyRetrieval(client, study.studyUid(), folder).listSeries();
        assertThat(series).containsExactly(new SeriesSummary(study.seriesUids().get(0), 1, "CT", "Axial 5 mm", 7),
                new SeriesSummary(study.seriesUids().get(1), 2, "MR", "Scout", 3));
    }

    @Test
    void thumbnailIsRenderedByTheServer() throws Exception {
        StudyRetrieval retrieval = new StudyRetrieval(client, study.studyUid(), folder);
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
        StudyRetrieval retrieval = new StudyRetrieval(client, ds.getString(Tag.StudyInstanceUID, ""), folder);
        SeriesSummary series = retrieval.listSeries().stream()
                .filter(s -> s.seriesUid().equals(ds.getString(Tag.SeriesInstanceUID, ""))).findFirst().orElseThrow();
        Thumbnail t = retrieval.thumbnail(series, 48);
        assertThat(t.serverRendered()).isFalse();
        assertThat(t.width()).isEqualTo(48);
        assertThat(java.util.Arrays.stream(t.argb()).map(p -> p & 0xFF).distinct().count()).isGreaterThan(20);
    }

    @Test
    void downloadsEveryInstanceWithProgressOnce() throws Exception {
        StudyRetrieval retrieval = new StudyRetrieval(client, study.studyUid(), folder);
        SeriesSummary ct = retrieval.listSeries().get(0);
        List<Integer> progress = new CopyOnWriteArrayList<>();
        Path seriesFolder = retrieval.download(ct, progress::add);
        assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(retrieval.isDownloaded(ct.seriesUid())).isTrue();
        try (Stream<Path> files = Files.list(seriesFolder)) {
            List<Path> dicom = files.filter(p -> p.toString().endsWith(".dcm")).toList();
            assertThat(dicom).hasSize(7);
            for (Path p : dicom) {
                assertThat(Part10Reader.read(p).dataSet().getString(Tag.SeriesInstanceUID, "")).isEqualTo(ct.seriesUid());
            }
        }
        progress.clear();
        assertThat(retrieval.download(ct, progress::add)).isEqualTo(seriesFolder);
        assertThat(progress).isEmpty();
    }
}
