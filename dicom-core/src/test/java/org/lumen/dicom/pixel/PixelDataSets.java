package org.lumen.dicom.pixel;

import java.nio.ByteOrder;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

/** Builds synthetic data sets with an Image Pixel module for the tests. */
final class PixelDataSets {
    private PixelDataSets() {}

    static DataSet image(int rows, int columns, int frames, int samples, int bitsAllocated, int bitsStored,
            int representation, String photometric, int planar) {
        DataSet ds = new DataSet();
        ds.setInt(Tag.Rows, VR.US, rows);
        ds.setInt(Tag.Columns, VR.US, columns);
        ds.setInt(Tag.SamplesPerPixel, VR.US, samples);
        ds.setInt(Tag.BitsAllocated, VR.US, bitsAllocated);
        ds.setInt(Tag.BitsStored, VR.US, bitsStored);
        ds.setInt(Tag.HighBit, VR.US, bitsStored - 1);
        ds.setInt(Tag.PixelRepresentation, VR.US, representation);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, photometric);
        if (samples > 1) {
            ds.setInt(Tag.PlanarConfiguration, VR.US, planar);
        }
        if (frames != 1) {
            ds.setString(Tag.NumberOfFrames, VR.IS, Integer.toString(frames));
        }
        return ds;
    }

    static DataSet grey(int rows, int columns, int frames, int bits, int representation) {
        return image(rows, columns, frames, 1, bits, bits, representation, "MONOCHROME2", 0);
    }

    static DataSet withPixels(DataSet ds, VR vr, ByteOrder order, byte[] pixels) {
        ds.put(Tag.PixelData, vr, new Value.Bytes(pixels, order));
        return ds;
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
