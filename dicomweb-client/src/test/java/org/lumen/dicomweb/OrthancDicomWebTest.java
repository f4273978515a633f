package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;

/** The client against a real Orthanc 1.10 with the DICOMweb plugin, no authentication. */
@IntegrationTest
class OrthancDicomWebTest {
    static final String CT_STUDY = "1.3.6.1.4.1.5962.1.2.1.20040119072730.12322";
    static final String CT_SERIES = "1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322";
    static final String CT_INSTANCE = "1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322";
    static final String CT_SIBLING = "1.2.826.0.1.3680043.8.498.4242";

    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder()
            .preload(PydicomFiles.file("CT_small.dcm"), PydicomFiles.file("MR_small.dcm"),
                    PydicomFiles.file("SC_rgb_rle_2frame.dcm"))
            .build();

    @TempDir
    static Path work;

    final OkHttpClient http = new OkHttpClient();

    @BeforeAll
    static void addSecondInstanceToTheCtSeries() throws Exception {
        ORTHANC.orthanc().upload(PydicomFiles.sibling(PydicomFiles.file("CT_small.dcm"), CT_SIBLING, work));
    }

    DicomWebClient client(Orthanc orthanc) {
        return DicomWebClient.builder().okHttpClient(http)
                .server(ServerConfig.of("orthanc", orthanc.dicomWebRoot()).withQueryEncoding(QueryEncoding.LITERAL))
                .build();
    }

    @AfterEach
    void noConnectionLeaked() {
        assertThat(http.connectionPool().connectionCount()).isEqualTo(http.connectionPool().idleConnectionCount());
    }

    @Test
    void findsStudiesByNameWithCaretWildcardAndDateRange(Orthanc orthanc) throws Exception {
        DicomWebClient client = client(orthanc);
        List<DataSet> exact = client.search(QidoQuery.studies().match("PatientName", "CompressedSamples^CT1").build());
        assertThat(exact).extracting(d -> d.getString(Tag.StudyInstanceUID).orElseThrow()).containsExactly(CT_STUDY);
        List<DataSet> wildcard = client.search(QidoQuery.studies().match(Tag.PatientName, "Compressed*").build());
        assertThat(wildcard).extracting(d -> d.getString(Tag.PatientName).orElseThrow())
                .containsExactlyInAnyOrder("CompressedSamples^CT1", "CompressedSamples^MR1");
        List<DataSet> dated = client.search(QidoQuery.studies().dateRange(Tag.StudyDate,
                Optional.of(LocalDate.of(2004, 1, 1)), Optional.of(LocalDate.of(2004, 3, 31))).build());
        assertThat(dated).extracting(d -> d.getString(Tag.StudyInstanceUID).orElseThrow()).containsExactly(CT_STUDY);
        List<DataSet> instances = client.search(QidoQuery.instancesOfSeries(CT_STUDY, CT_SERIES).build());
        assertThat(instances).hasSize(2);
    }

    @Test
    void strictEncodingFindsNothingOnOrthancWhichDoesNotDecode(Orthanc orthanc) throws Exception {
        DicomWebClient strict = client(orthanc).withServer(ServerConfig.of("orthanc-strict", orthanc.dicomWebRoot()));
        assertThat(strict.search(QidoQuery.studies().match("PatientName", "CompressedSamples^CT1").build())).isEmpty();
    }

    @Test
    void pagesThroughInstances(Orthanc orthanc) throws Exception {
        List<DataSet> all = client(orthanc).pages(QidoQuery.instances().build(), 2).all(100);
        assertThat(all).hasSize(4);
        assertThat(all.stream().map(d -> d.getString(Tag.SOPInstanceUID).orElseThrow()).distinct()).hasSize(4);
    }

    @Test
    void metadataAtEveryLevel(Orthanc orthanc) throws Exception {
        DicomWebClient client = client(orthanc);
        assertThat(client.studyMetadata(CT_STUDY)).hasSize(2);
        assertThat(client.seriesMetadata(CT_STUDY, CT_SERIES)).hasSize(2);
        DataSet one = client.instanceMetadata(CT_STUDY, CT_SERIES, CT_INSTANCE).getFirst();
        assertThat(one.getInt(Tag.Rows, 0)).isEqualTo(128);
        assertThat(one.getString(Tag.PatientName)).contains("CompressedSamples^CT1");
    }

    @Test
    void storedFramesEqualThePixelDataOfTheFile(Orthanc orthanc) throws Exception {
        List<FramePart> got = new ArrayList<>();
        client(orthanc).retrieveFrames(CT_STUDY, CT_SERIES, CT_INSTANCE, new int[] {1}, List.of("*"), got::add);
        byte[] expected = PydicomFiles.frames(PydicomFiles.file("CT_small.dcm"), work).getFirst();
        assertThat(got).singleElement().satisfies(f -> {
            assertThat(f.transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2.1");
            assertThat(f.lossy()).isFalse();
            assertThat(f.data()).isEqualTo(expected);
        });
    }

    @Test
    void encapsulatedFramesComeBackAsStoredAndLabelled(Orthanc orthanc) throws Exception {
        DicomWebClient client = client(orthanc);
        DataSet sc = client.search(QidoQuery.instances().match("SOPClassUID", "1.2.840.10008.5.1.4.1.1.7")
                .includeField("NumberOfFrames").build()).getFirst();
        String study = sc.getString(Tag.StudyInstanceUID).orElseThrow();
        String series = sc.getString(Tag.SeriesInstanceUID).orElseThrow();
        String instance = sc.getString(Tag.SOPInstanceUID).orElseThrow();
        List<FramePart> got = new ArrayList<>();
        client.retrieveFrames(study, series, instance, new int[] {1, 2}, List.of("*"), got::add);
        List<byte[]> expected = PydicomFiles.frames(PydicomFiles.file("SC_rgb_rle_2frame.dcm"), work);
        assertThat(got).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(got.get(i).frameNumber()).isEqualTo(i + 1);
            assertThat(got.get(i).transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2.5");
            assertThat(got.get(i).data()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void refusedTransferSyntaxFallsBackToExplicitLittleEndian(Orthanc orthanc) throws Exception {
        List<FramePart> got = new ArrayList<>();
        client(orthanc).retrieveFrames(CT_STUDY, CT_SERIES, CT_INSTANCE, new int[] {1},
                List.of("1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.1"), got::add);
        byte[] expected = PydicomFiles.frames(PydicomFiles.file("CT_small.dcm"), work).getFirst();
        assertThat(got).singleElement().satisfies(f -> {
            assertThat(f.transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2.1");
            assertThat(f.data()).isEqualTo(expected);
        });
    }

    @Test
    void transcodesToJpegLsOnRequest(Orthanc orthanc) throws Exception {
        List<FramePart> got = new ArrayList<>();
        client(orthanc).retrieveFrames(CT_STUDY, CT_SERIES, CT_INSTANCE, new int[] {1},
                List.of("1.2.840.10008.1.2.4.80"), got::add);
        assertThat(got).singleElement().satisfies(f -> {
            assertThat(f.transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2.4.80");
            assertThat(f.lossy()).isFalse();
            assertThat(f.data()).startsWith((byte) 0xFF, (byte) 0xD8);
        });
    }

    @Test
    void seriesRetrieveReturnsEveryInstanceAsPart10(Orthanc orthanc) throws Exception {
        List<byte[]> instances = new ArrayList<>();
        int n = client(orthanc).retrieveSeries(CT_STUDY, CT_SERIES, instance -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            instance.body().transferTo(out);
            instances.add(out.toByteArray());
        });
        assertThat(n).isEqualTo(2);
        for (byte[] part10 : instances) {
            assertThat(new String(part10, 128, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("DICM");
        }
        assertThat(instances.stream().mapToInt(b -> b.length).min().orElseThrow()).isGreaterThan(32768);
    }

    @Test
    void instanceRetrieveReturnsTheStoredFileByteForByte(Orthanc orthanc) throws Exception {
        List<byte[]> got = new ArrayList<>();
        client(orthanc).retrieveInstance(CT_STUDY, CT_SERIES, CT_INSTANCE, i -> got.add(i.body().readAllBytes()));
        assertThat(got).singleElement().isEqualTo(java.nio.file.Files.readAllBytes(PydicomFiles.file("CT_small.dcm")));
    }

    @Test
    void thumbnailFallsBackToRendered(Orthanc orthanc) throws Exception {
        RenderedImage image = client(orthanc).thumbnail(CT_STUDY, CT_SERIES, CT_INSTANCE,
                RenderOptions.jpeg().withViewport(64, 64));
        assertThat(image.fromThumbnail()).isFalse();
        assertThat(image.mediaType()).isEqualTo("image/jpeg");
        assertThat(image.data()).startsWith((byte) 0xFF, (byte) 0xD8);
    }

    @Test
    void bulkPixelDataEqualsTheFile(Orthanc orthanc) throws Exception {
        byte[] bulk = client(orthanc).bulkData(java.net.URI.create(orthanc.dicomWebRoot() + "/studies/" + CT_STUDY
                + "/series/" + CT_SERIES + "/instances/" + CT_INSTANCE + "/bulk/7fe00010"));
        assertThat(bulk).isEqualTo(PydicomFiles.frames(PydicomFiles.file("CT_small.dcm"), work).getFirst());
    }

    @Test
    void renderedFrameIsAnImage(Orthanc orthanc) throws Exception {
        RenderedImage image = client(orthanc).renderedFrame(CT_STUDY, CT_SERIES, CT_INSTANCE, 1,
                RenderOptions.jpeg().withViewport(32, 32).withWindow(40, 400).withQuality(90));
        assertThat(image.mediaType()).isEqualTo("image/jpeg");
        assertThat(image.data()).startsWith((byte) 0xFF, (byte) 0xD8);
    }

    @Test
    void unknownStudyIsATyped404(Orthanc orthanc) {
        assertThatThrownBy(() -> client(orthanc).studyMetadata("1.2.3.4.5.6.7"))
                .isInstanceOfSatisfying(DicomWebException.class, e -> assertThat(e.statusCode()).hasValue(404));
    }
}
