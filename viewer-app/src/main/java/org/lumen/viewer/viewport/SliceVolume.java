package org.lumen.viewer.viewport;

import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.lut.LutAttributes;
import org.lumen.dicom.lut.ModalityLut;
import org.lumen.dicom.lut.PresentationLut;
import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.Volume;
import org.lumen.viewer.measure.Calibration;

/**
 * One image as a one-slice {@link Volume} in an image-local frame (x along rows, y down columns,
 * millimetres from the centre of pixel (0, 0)), so the rendering module's {@code Renderer} can draw
 * a 2D view of it. Only images the Renderer shows exactly qualify: greyscale integer samples of at
 * most 16 bits, a linear Modality LUT (rescale), a Presentation LUT shape; others (colour, LUT
 * tables) stay on the CPU rasterizer.
 *
 * @param volume  the voxels
 * @param inverse whether the Presentation LUT inverts (MONOCHROME1)
 */
public record SliceVolume(Volume volume, boolean inverse) {

    /** The volume of a decoded frame, when the Renderer can show it exactly. */
    public static Optional<SliceVolume> of(DataSet ds, StoredFrame frame, Calibration calibration) throws DicomFormatException {
        String photometric = frame.photometricInterpretation().trim();
        boolean grey = photometric.equals("MONOCHROME1") || photometric.equals("MONOCHROME2");
        if (!grey || frame.samplesPerPixel() != 1 || frame.floatingPoint() || frame.bytesPerSample() > 2) {
            return Optional.empty();
        }
        if (!(LutAttributes.modalityLut(ds) instanceof ModalityLut.Rescale rescale)
                || !(LutAttributes.presentationLut(ds) instanceof PresentationLut.Shape shape)) {
            return Optional.empty();
        }
        int bitsStored = Math.min(16, ds.getInt(Tag.BitsStored, frame.bytesPerSample() * 8));
        short[] stored = new short[frame.sampleCount()];
        int unused = 64 - bitsStored;
        for (int i = 0; i < stored.length; i++) {
            long s = frame.sample(i);
            stored[i] = (short) (frame.signed() ? s << unused >> unused : s & ((1L << bitsStored) - 1));
        }
        if (rescale.slope() == 0 || !Double.isFinite(rescale.slope()) || !Double.isFinite(rescale.intercept())) {
            return Optional.empty();
        }
        VolumeGeometry geometry = new VolumeGeometry(Vec3.ZERO, new Vec3(1, 0, 0), new Vec3(0, 1, 0), new Vec3(0, 0, 1),
                calibration.columnSpacingMm(), calibration.rowSpacingMm(), 1, frame.columns(), frame.rows(), 1);
        Volume volume = Volume.allocate(geometry, new PixelValues(rescale.slope(), rescale.intercept(), frame.signed()));
        volume.setSlice(0, stored);
        return Optional.of(new SliceVolume(volume, shape == PresentationLut.Shape.INVERSE));
    }
}
