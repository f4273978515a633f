package org.lumen.viewer.stream;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.dicomweb.FramePart;

/** A small 16-bit series plan with real native frames and a real JPEG preview, for the model and view tests. */
final class StreamFixtures {
    static final int SIZE = 128;
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";

    private StreamFixtures() {}

    static SeriesPlan plan(int slices) {
        List<DataSet> instances = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            DataSet ds = new DataSet();
            ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3.4." + (i + 1));
            ds.setInt(Tag.InstanceNumber, VR.IS, i + 1);
            ds.setInt(Tag.Rows, VR.US, SIZE);
            ds.setInt(Tag.Columns, VR.US, SIZE);
            ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
            ds.setInt(Tag.BitsAllocated, VR.US, 16);
            ds.setInt(Tag.BitsStored, VR.US, 12);
            ds.setInt(Tag.HighBit, VR.US, 11);
            ds.setInt(Tag.PixelRepresentation, VR.US, 0);
            ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
            instances.add(ds);
        }
        return SeriesPlan.of("1.2.3", "1.2.3.1", instances);
    }

    /** A disc whose radius grows with the slice, over a ramp. */
    static int stored(int x, int y, int slice) {
        double r = Math.hypot(x - SIZE / 2.0, y - SIZE / 2.0);
        return r < 20 + slice ? 3000 : x * 8;
    }

    static StreamedFrame frame(SeriesPlan plan, int slice, boolean lossy) {
        ByteBuffer b = ByteBuffer.allocate(SIZE * SIZE * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                b.putShort((short) stored(x, y, slice));
            }
        }
        String ts = lossy ? "1.2.840.10008.1.2.4.50" : EXPLICIT_LE;
        return new StreamedFrame(plan.studyUid(), plan.seriesUid(), slice, plan.slices().get(slice), new FramePart(1, ts, lossy, b.array()));
    }

    /** Decodes a native frame through the streaming decode path (lossy-labelled frames carry native bytes here). */
    static StoredFrame decoded(StreamedFrame f) throws IOException {
        FramePart p = f.part();
        return FrameDecoding.decode(f.ref().metadata(), new FramePart(p.frameNumber(), EXPLICIT_LE, false, p.data()));
    }

    /** A real JPEG, as a server renders one, decoded to a preview. */
    static Preview preview(int slice) throws IOException {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int g = Math.min(255, stored(x, y, slice) * 255 / 3000);
                img.getRaster().setSample(x, y, 0, g);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return PreviewFetcher.decode(out.toByteArray());
    }
}
