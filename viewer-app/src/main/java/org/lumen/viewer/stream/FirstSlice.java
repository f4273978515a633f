package org.lumen.viewer.stream;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.FramePart;
import org.lumen.dicomweb.QidoQuery;

/**
 * The slice on the screen, fetched before the series' metadata (ADR 0015): its frame and its own instance's
 * metadata in parallel, then decoded. The series metadata (hundreds of instances of JSON) comes after: on a
 * 30 Mbit/s link it took 240 to 350 ms, most of the time to the first slice when it came first. Which
 * instance is on the screen is known before the metadata from a QIDO-RS search by Instance Number (the middle
 * one; the strip's thumbnail makes the same search): see {@link #middleInstance(DicomWebClient, String, String, int)}.
 * Only a single-frame instance's first frame is fetched this way.
 *
 * @param instanceUid the instance
 * @param metadata    its metadata (WADO-RS, no pixel data)
 * @param part        the frame as it arrived
 * @param frame       decoded
 */
public record FirstSlice(String instanceUid, DataSet metadata, FramePart part, StoredFrame frame) {

    /** Fetches frame 1 of {@code instanceUid} through {@code source} and its metadata in parallel (blocking), then decodes it. */
    public static FirstSlice fetch(DicomWebClient client, FrameSource source, String studyUid, String seriesUid, String instanceUid,
            Executor executor) throws IOException {
        CompletableFuture<List<DataSet>> metadata = CompletableFuture.supplyAsync(() -> {
            try {
                return client.instanceMetadata(studyUid, seriesUid, instanceUid);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, executor);
        FramePart[] part = new FramePart[1];
        try {
            source.fetch(studyUid, seriesUid, instanceUid, new int[] {1}, p -> part[0] = p);
            List<DataSet> ds = metadata.get();
            if (part[0] == null || ds.isEmpty()) {
                throw new IOException("the server sent no frame or no metadata for instance " + instanceUid);
            }
            DataSet md = ds.get(0);
            return new FirstSlice(instanceUid, md, part[0], FrameDecoding.decode(md, part[0]));
        } catch (InterruptedException e) {
            metadata.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause()
                    : new IOException("metadata of " + instanceUid + ": " + e.getCause(), e.getCause());
        } catch (IOException | RuntimeException e) {
            metadata.cancel(true);
            throw e;
        }
    }

    /**
     * The instance in the middle of a series of {@code count} instances (as the series search reported it): one
     * QIDO-RS search for Instance Number {@code count / 2 + 1}, the middle when the instances are numbered 1 to
     * {@code count}, which answers with one instance where listing all of them took Orthanc 0.5 s for 200; else
     * (no count, or not exactly one match) the middle of all of them by Instance Number.
     */
    public static java.util.Optional<String> middleInstance(DicomWebClient client, String studyUid, String seriesUid, int count)
            throws IOException {
        if (count > 0) {
            List<DataSet> hits = new ArrayList<>(client.search(QidoQuery.instancesOfSeries(studyUid, seriesUid)
                    .match(Tag.InstanceNumber, Integer.toString(count / 2 + 1)).includeField(Tag.InstanceNumber).limit(2).build()));
            hits.removeIf(ds -> ds.getString(Tag.SOPInstanceUID, "").isEmpty());
            if (hits.size() == 1) {
                return java.util.Optional.of(hits.get(0).getString(Tag.SOPInstanceUID, ""));
            }
        }
        return middleInstance(client, studyUid, seriesUid);
    }

    /** The instance in the middle of a series by Instance Number (one QIDO-RS search listing them all); empty when it has none. */
    public static java.util.Optional<String> middleInstance(DicomWebClient client, String studyUid, String seriesUid) throws IOException {
        List<DataSet> instances = new ArrayList<>(client.search(QidoQuery.instancesOfSeries(studyUid, seriesUid)
                .includeField(Tag.InstanceNumber).build()));
        instances.removeIf(ds -> ds.getString(Tag.SOPInstanceUID, "").isEmpty());
        if (instances.isEmpty()) {
            return java.util.Optional.empty();
        }
        instances.sort(Comparator.comparingInt(ds -> ds.getInt(Tag.InstanceNumber, 0)));
        return java.util.Optional.of(instances.get(instances.size() / 2).getString(Tag.SOPInstanceUID, ""));
    }

    /** Whether the instance has one frame: only then is it a slice by itself. */
    public boolean singleFrame() {
        return metadata.getInt(Tag.NumberOfFrames, 1) <= 1;
    }

    /** Where it lies in {@code plan}: the slice index, or -1 when the plan does not hold it. */
    public int indexIn(SeriesPlan plan) {
        return SeriesOpening.indexOf(plan, instanceUid);
    }
}
