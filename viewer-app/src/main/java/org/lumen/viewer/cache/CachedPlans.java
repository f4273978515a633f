package org.lumen.viewer.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.Value;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.Part10Writer;
import org.lumen.dicom.io.ReadOptions;
import org.lumen.dicom.pixel.EncapsulatedFrames;
import org.lumen.dicomweb.FramePart;
import org.lumen.viewer.stream.CachedSlice;
import org.lumen.viewer.stream.FrameDecoding;
import org.lumen.viewer.stream.SeriesPlan;
import org.lumen.viewer.stream.SliceRef;
import org.lumen.viewer.stream.StreamedFrame;

/**
 * The plan of a streamed series kept beside its frames in the encrypted {@link StudyCache} (priors-stream, ADR
 * 0016): every instance's metadata as a {@code metadata} entry, written when the series starts streaming, so that
 * a series closed mid-stream is known to be partial and which slices it lacks, offline too; and the slices the
 * cache holds, read back matched to the plan. Thread-safe (the cache is).
 */
public final class CachedPlans {
    private final StudyCache cache;
    private final String serverId;

    public CachedPlans(StudyCache cache, String serverId) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.serverId = Objects.requireNonNull(serverId, "serverId");
    }

    /** Keeps the metadata of every instance of the plan not kept yet (a Part 10 header, no pixel data). */
    public void keep(SeriesPlan plan) throws IOException {
        if (cache.metadataCount(serverId, plan.studyUid(), plan.seriesUid()) >= distinctInstances(plan)) {
            return;
        }
        Set<String> kept = new HashSet<>();
        for (SliceRef slice : plan.slices()) {
            if (!kept.add(slice.instanceUid())) {
                continue;
            }
            DataSet header = slice.metadata().copy();
            // Bulk data references (the metadata's BulkDataURIs) name the server's copy: not kept.
            List<Integer> bulk = header.stream().filter(e -> e.value() instanceof Value.Bulk || e.value() instanceof Value.Fragments)
                    .map(DicomElement::tag).toList();
            bulk.forEach(header::remove);
            header.remove(Tag.PixelData);
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            Part10Writer.write(DicomFile.of(header, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), out);
            cache.keepMetadata(serverId, header, out.toByteArray());
        }
    }

    /** The series' plan from the kept metadata, empty when none was kept. */
    public Optional<SeriesPlan> plan(String studyUid, String seriesUid) throws IOException {
        List<DataSet> headers = new ArrayList<>();
        for (byte[] part10 : cache.metadata(serverId, studyUid, seriesUid)) {
            headers.add(read(part10).dataSet());
        }
        return headers.isEmpty() ? Optional.empty() : Optional.of(SeriesPlan.of(studyUid, seriesUid, headers));
    }

    /** How many instances the kept plan of the series holds (0: none kept). */
    public int planned(String studyUid, String seriesUid) {
        return cache.metadataCount(serverId, studyUid, seriesUid);
    }

    /** The slices of a single-frame series the cache holds, matched to {@code plan} by SOP Instance UID and decoded. */
    public List<CachedSlice> slices(SeriesPlan plan) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            index.put(plan.slices().get(i).instanceUid(), i);
        }
        List<CachedSlice> out = new ArrayList<>();
        for (byte[] part10 : cache.instances(serverId, plan.studyUid(), plan.seriesUid())) {
            DicomFile dicom = read(part10);
            Integer slice = index.get(dicom.dataSet().getString(Tag.SOPInstanceUID, ""));
            if (slice == null) {
                continue; // an instance the plan does not list (the server's series changed since): not shown
            }
            SliceRef ref = plan.slices().get(slice);
            FramePart part = new FramePart(1, dicom.transferSyntax().uid(), false, frameBytes(dicom));
            out.add(new CachedSlice(new StreamedFrame(plan.studyUid(), plan.seriesUid(), slice, ref, part),
                    FrameDecoding.decode(ref.metadata(), part)));
        }
        return out;
    }

    private static byte[] frameBytes(DicomFile dicom) throws IOException {
        if (dicom.transferSyntax().encapsulated()) {
            return EncapsulatedFrames.of(dicom.dataSet(), 1).bitstream(0);
        }
        DicomElement pixels = dicom.dataSet().get(Tag.PixelData).orElseThrow(() -> new IOException("a cached instance has no pixel data"));
        if (pixels.value() instanceof Value.Bytes bytes && bytes.order() == java.nio.ByteOrder.LITTLE_ENDIAN) {
            return bytes.data();
        }
        throw new IOException("a cached instance's pixel data is not little-endian bytes");
    }

    private static int distinctInstances(SeriesPlan plan) {
        return (int) plan.slices().stream().map(SliceRef::instanceUid).distinct().count();
    }

    private static DicomFile read(byte[] part10) throws IOException {
        return Part10Reader.read(new ByteArrayInputStream(part10), ReadOptions.DEFAULT);
    }
}
