package org.lumen.viewer.stream;

import java.io.IOException;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;
import org.lumen.dicom.pixel.FrameDecoders;
import org.lumen.dicom.pixel.PixelDataReader;
import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.dicomweb.FramePart;

/** Decodes one frame's bytes with the pixel description from the instance's metadata. */
public final class FrameDecoding {
    private FrameDecoding() {}

    public static StoredFrame decode(DataSet metadata, FramePart part) throws IOException {
        return PixelDataReader.open(withPixelData(metadata, part), part.transferSyntaxUid(), FrameDecoders.standard()).readFrame(0);
    }

    /**
     * A copy of the instance's metadata holding this one frame as its pixel data (Number of Frames 1), encoded
     * as it arrived in {@code part.transferSyntaxUid()}: what the viewer reads, and what the cache keeps.
     */
    public static DataSet withPixelData(DataSet metadata, FramePart part) {
        DataSet ds = metadata.copy();
        ds.setInt(Tag.NumberOfFrames, VR.IS, 1);
        boolean nativeSyntax = org.lumen.dicom.TransferSyntax.lookup(part.transferSyntaxUid())
                .map(ts -> !ts.encapsulated()).orElse(false);
        if (nativeSyntax) {
            ds.put(Tag.PixelData, ds.getInt(Tag.BitsAllocated, 16) > 8 ? VR.OW : VR.OB, Value.Bytes.of(part.data()));
        } else {
            ds.put(Tag.PixelData, VR.OB, new Value.Fragments(List.of(Value.Bytes.EMPTY, Value.Bytes.of(part.data()))));
        }
        return ds;
    }
}
