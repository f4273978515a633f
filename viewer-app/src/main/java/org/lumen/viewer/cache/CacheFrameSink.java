package org.lumen.viewer.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Writer;
import org.lumen.viewer.stream.FrameDecoding;
import org.lumen.viewer.stream.FrameSink;
import org.lumen.viewer.stream.StreamedFrame;

/**
 * Keeps every frame the streaming scheduler receives in the encrypted {@link StudyCache}, as the instance it
 * belongs to: the instance's metadata with the frame as its pixel data, in the transfer syntax it arrived in
 * (Part 10, as {@link StudyCache#keep} takes it), so that the next open, and an offline one, reads the series
 * from the cache. Frames of multi-frame instances are not kept here (an instance is cached whole or not at
 * all); the workstation streams only single-frame series. A frame the server sent lossy is not kept. Thread-safe (the cache is).
 */
public final class CacheFrameSink implements FrameSink {
    private final StudyCache cache;
    private final String serverId;

    public CacheFrameSink(StudyCache cache, String serverId) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.serverId = Objects.requireNonNull(serverId, "serverId");
    }

    @Override
    public void accept(StreamedFrame frame) throws IOException {
        DataSet metadata = frame.ref().metadata();
        if (metadata.getInt(Tag.NumberOfFrames, 1) > 1 || frame.part().lossy()) {
            return; // a lossy frame is shown marked, never kept as if it were the original
        }
        String syntax = frame.part().transferSyntaxUid();
        TransferSyntax ts = TransferSyntax.lookup(syntax)
                .orElseThrow(() -> new IOException("frame in an unknown transfer syntax " + syntax + "; not cached"));
        DataSet instance = FrameDecoding.withPixelData(metadata, frame.part());
        ByteArrayOutputStream part10 = new ByteArrayOutputStream(frame.part().data().length + 8192);
        Part10Writer.write(DicomFile.of(instance, ts), part10);
        cache.keep(serverId, instance, part10.toByteArray());
    }
}
