package org.lumen.viewer.testdata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.VR;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Writer;

/**
 * The image attributes that the synthetic grey test images share: square 16-bit allocated
 * MONOCHROME2 pixels, square pixel spacing, an axial orientation, an optional linear rescale and
 * header windows. The phantoms say only what differs (identity, position, pixel values) and write
 * through {@link #write}, so the pixel module exists once.
 *
 * @param size       rows and columns
 * @param pixelMm    pixel spacing, both directions, mm
 * @param bitsStored bits stored (high bit is one less)
 * @param signed     pixel representation 1
 * @param intercept  rescale intercept (slope 1), or {@code null} for no rescale attributes
 * @param windows    header windows, in order
 */
public record GreyImage(int size, double pixelMm, int bitsStored, boolean signed, Double intercept, List<Window> windows) {

    /** One header window (Window Center / Window Width value pair). */
    public record Window(double center, double width) {}

    /** The stored value of a pixel. */
    @FunctionalInterface
    public interface Pixels {
        int stored(int frame, int column, int row);
    }

    public GreyImage {
        windows = List.copyOf(windows);
    }

    /** A CT image with 12 of 16 bits stored unsigned and Rescale Intercept -1024: HU = stored - 1024. */
    public static GreyImage ct12(int size, double pixelMm, double center, double width) {
        return new GreyImage(size, pixelMm, 12, false, -1024.0, List.of(new Window(center, width)));
    }

    /** A new header with this image's attributes (orientation axial; no identity, position or pixels). */
    public DataSet header() {
        DataSet ds = new DataSet();
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.setDouble(Tag.PixelSpacing, VR.DS, pixelMm, pixelMm);
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInt(Tag.Rows, VR.US, size);
        ds.setInt(Tag.Columns, VR.US, size);
        ds.setInt(Tag.BitsAllocated, VR.US, 16);
        ds.setInt(Tag.BitsStored, VR.US, bitsStored);
        ds.setInt(Tag.HighBit, VR.US, bitsStored - 1);
        ds.setInt(Tag.PixelRepresentation, VR.US, signed ? 1 : 0);
        if (intercept != null) {
            ds.setDouble(Tag.RescaleIntercept, VR.DS, intercept);
            ds.setDouble(Tag.RescaleSlope, VR.DS, 1);
        }
        if (!windows.isEmpty()) {
            ds.setDouble(Tag.WindowCenter, VR.DS, windows.stream().mapToDouble(Window::center).toArray());
            ds.setDouble(Tag.WindowWidth, VR.DS, windows.stream().mapToDouble(Window::width).toArray());
        }
        return ds;
    }

    /** {@code frames} frames of this image's size, little endian, each value cut to 16 bits. */
    public byte[] pixels(int frames, Pixels values) {
        ByteBuffer bytes = ByteBuffer.allocate(frames * size * size * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int f = 0; f < frames; f++) {
            for (int row = 0; row < size; row++) {
                for (int column = 0; column < size; column++) {
                    bytes.putShort((short) values.stored(f, column, row));
                }
            }
        }
        return bytes.array();
    }

    /** Writes a Part 10 file (Explicit VR Little Endian), creating its folder. */
    public static Path write(DataSet ds, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Part10Writer.write(DicomFile.of(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), file);
        return file;
    }
}
