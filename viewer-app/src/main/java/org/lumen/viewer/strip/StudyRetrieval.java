package org.lumen.viewer.strip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.QidoQuery;
import org.lumen.dicomweb.RenderOptions;

/**
 * One study on one server: its series (QIDO-RS), a thumbnail per series (WADO-RS rendered at a
 * small viewport, else Lumen's own decoding of the middle instance), and each series' instances
 * downloaded (WADO-RS) into {@code folder/<SeriesInstanceUID>/}, where the existing viewer reads
 * them. A series folder is complete once its marker file exists; a complete series is not
 * downloaded again. Blocking; thread-safe as long as one series is not downloaded twice at once.
 */
public final class StudyRetrieval {
    private static final String COMPLETE = ".complete";
    private static final long MAX_INSTANCE_BYTES = 2L << 30;
    private final DicomWebClient client;
    private final String studyUid;
    private final Path folder;

    public StudyRetrieval(DicomWebClient client, String studyUid, Path folder) {
        this.client = Objects.requireNonNull(client, "client");
        this.studyUid = Objects.requireNonNull(studyUid, "studyUid");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public String studyUid() {
        return studyUid;
    }

    /** The study's series, by Series Number. */
    public List<SeriesSummary> listSeries() throws IOException {
        QidoQuery query = QidoQuery.seriesOfStudy(studyUid).includeField(Tag.SeriesDescription)
                .includeField(Tag.SeriesNumber).includeField(Tag.NumberOfSeriesRelatedInstances).build();
        List<SeriesSummary> series = new ArrayList<>();
        for (DataSet ds : client.search(query)) {
            if (!ds.getString(Tag.SeriesInstanceUID, "").isEmpty()) {
                series.add(SeriesSummary.of(ds));
            }
        }
        series.sort(Comparator.comparingInt(SeriesSummary::number).thenComparing(SeriesSummary::seriesUid));
        return List.copyOf(series);
    }

    /**
     * The series' thumbnail from its middle instance (by Instance Number): the server's rendering
     * when it offers one, else decoded here.
     */
    public Thumbnail thumbnail(SeriesSummary series, int size) throws IOException {
        String instance = middleInstance(series);
        try {
            byte[] rendered = client.renderedInstance(studyUid, series.seriesUid(), instance,
                    RenderOptions.jpeg().withViewport(size, size)).data();
            return ThumbnailRaster.fromEncoded(rendered, size);
        } catch (DicomWebException e) {
            if (e.statusCode().isEmpty() && e.problem() != DicomWebException.Problem.UNEXPECTED_CONTENT_TYPE) {
                throw e;
            }
            // The server does not render this instance (404, 406, 400...): decode it here.
        }
        Path thumbs = Files.createDirectories(folder.resolve(".thumbnails"));
        Path file = thumbs.resolve(instance + ".dcm");
        client.retrieveInstance(studyUid, series.seriesUid(), instance, retrieved -> save(retrieved.body(), file));
        DicomFile dicom = Part10Reader.read(file);
        return ThumbnailRaster.fromDataSet(dicom.dataSet(), dicom.transferSyntax().uid(), size);
    }

    /** The folder a series is (or will be) downloaded into. */
    public Path seriesFolder(String seriesUid) {
        return folder.resolve(seriesUid);
    }

    /** Whether the series has been downloaded completely. */
    public boolean isDownloaded(String seriesUid) {
        return Files.exists(seriesFolder(seriesUid).resolve(COMPLETE));
    }

    /**
     * Downloads the series' instances, telling {@code progress} how many have arrived after each;
     * returns the series folder. Does nothing when the series is already complete.
     */
    public Path download(SeriesSummary series, IntConsumer progress) throws IOException {
        Path target = seriesFolder(series.seriesUid());
        if (isDownloaded(series.seriesUid())) {
            return target;
        }
        Files.createDirectories(target);
        int[] received = {0};
        client.retrieveSeries(studyUid, series.seriesUid(), retrieved -> {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("download cancelled");
            }
            save(retrieved.body(), target.resolve(String.format("%05d.dcm", retrieved.index())));
            progress.accept(++received[0]);
        });
        Files.writeString(target.resolve(COMPLETE), received[0] + " instances\n");
        return target;
    }

    private String middleInstance(SeriesSummary series) throws IOException {
        List<DataSet> instances = new ArrayList<>(client.search(QidoQuery.instancesOfSeries(studyUid, series.seriesUid())
                .includeField(Tag.InstanceNumber).build()));
        instances.removeIf(ds -> ds.getString(Tag.SOPInstanceUID, "").isEmpty());
        if (instances.isEmpty()) {
            throw new IOException("series " + series.seriesUid() + " has no instances on the server");
        }
        instances.sort(Comparator.comparingInt(ds -> ds.getInt(Tag.InstanceNumber, 0)));
        return instances.get(instances.size() / 2).getString(Tag.SOPInstanceUID, "");
    }

    private static void save(InputStream body, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (InputStream in = body; var out = Files.newOutputStream(part)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_INSTANCE_BYTES) {
                    throw new IOException("an instance is larger than " + (MAX_INSTANCE_BYTES >> 20) + " MiB");
                }
                out.write(buffer, 0, n);
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
