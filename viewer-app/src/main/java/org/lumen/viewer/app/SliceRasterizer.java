package org.lumen.viewer.app;

import java.io.IOException;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.lut.GreyscalePipeline;
import org.lumen.dicom.lut.LutAttributes;
import org.lumen.dicom.lut.ModalityLut;
import org.lumen.dicom.lut.PaletteColorLut;
import org.lumen.dicom.lut.PresentationLut;
import org.lumen.dicom.lut.VoiFunction;
import org.lumen.dicom.lut.WindowTransform;
import org.lumen.dicom.lut.YbrConversions;
import org.lumen.dicom.pixel.FrameDecoders;
import org.lumen.dicom.pixel.PixelDataReader;
import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.viewer.measure.ModalityPixels;

/**
 * Decodes one image and maps it to screen pixels (0xAARRGGBB) through the display pipeline of
 * dicom-core: stored values (cut to Bits Stored), Modality LUT, the window, the Presentation LUT
 * (MONOCHROME1 inverted), or the colour conversions. Runs on a background thread.
 */
final class SliceRasterizer {
    private SliceRasterizer() {}

    /** A decoded image ready for the screen, with the window it was shown with and its modality value range. */
    record Raster(int width, int height, int[] argb, Window window, double minValue, double maxValue, boolean grey) {}

    /** A window in modality units; {@code invert} flips the grey scale on top of the Presentation LUT. */
    record Window(double center, double width, boolean invert) {
        Window {
            width = Math.max(1, width);
        }
    }

    static StoredFrame decode(OpenedSeries.Image image) throws IOException {
        return PixelDataReader.open(image.dataSet(), image.transferSyntax().uid(), FrameDecoders.standard()).readFrame(image.frame());
    }

    /** Maps a decoded frame; a null window means the one the header names, else the full value range. */
    static Raster rasterize(OpenedSeries.Image image, StoredFrame frame, Window window) throws IOException {
        DataSet ds = image.dataSet();
        int width = frame.columns();
        int height = frame.rows();
        int[] argb = new int[width * height];
        String photometric = frame.photometricInterpretation().trim();
        if (frame.samplesPerPixel() == 1 && !photometric.equals("PALETTE COLOR")) {
            return grey(ds, frame, window, argb);
        }
        byte[] data = frame.data();
        if (photometric.equals("PALETTE COLOR")) {
            PaletteColorLut palette = PaletteColorLut.from(ds);
            for (int i = 0; i < argb.length; i++) {
                argb[i] = 0xFF000000 | palette.rgb(frame.sample(i));
            }
        } else {
            byte[] rgb = frame.bytesPerSample() == 1 ? data : to8Bit(frame);
            if (photometric.equals("YBR_FULL_422")) {
                rgb = YbrConversions.ybrFullToRgb(YbrConversions.upsample422(rgb, height, width));
            } else if (photometric.equals("YBR_FULL")) {
                rgb = YbrConversions.ybrFullToRgb(rgb);
            }
            for (int i = 0, j = 0; i < argb.length; i++, j += 3) {
                argb[i] = 0xFF000000 | (rgb[j] & 0xFF) << 16 | (rgb[j + 1] & 0xFF) << 8 | (rgb[j + 2] & 0xFF);
            }
        }
        return new Raster(width, height, argb, new Window(128, 256, false), 0, 255, false);
    }

    private static byte[] to8Bit(StoredFrame frame) {
        byte[] out = new byte[frame.sampleCount()];
        int shift = 8 * frame.bytesPerSample() - 8;
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (frame.sample(i) >>> shift);
        }
        return out;
    }

    private static Raster grey(DataSet ds, StoredFrame frame, Window requested, int[] argb) throws IOException {
        int bitsStored = ds.getInt(Tag.BitsStored, frame.bytesPerSample() * 8);
        int count = frame.sampleCount();
        long[] values = new long[count];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            long v = frame.floatingPoint() ? Math.round(frame.floatSample(i)) : storedValue(frame.sample(i), bitsStored, frame.signed());
            values[i] = v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        ModalityLut modality = LutAttributes.modalityLut(ds);
        double lo = Math.min(modality.apply(min), modality.apply(max));
        double hi = Math.max(modality.apply(min), modality.apply(max));
        Window window = requested != null ? requested : headerWindow(ds).orElse(new Window((lo + hi) / 2, hi - lo + 1, false));
        PresentationLut presentation = LutAttributes.presentationLut(ds);
        if (window.invert()) {
            presentation = presentation == PresentationLut.Shape.INVERSE ? PresentationLut.Shape.IDENTITY : PresentationLut.Shape.INVERSE;
        }
        GreyscalePipeline pipeline = new GreyscalePipeline(modality,
                new WindowTransform(window.center(), window.width(), VoiFunction.LINEAR), presentation);
        if (max - min < GreyscalePipeline.MAX_TABLE_SIZE) {
            byte[] table = pipeline.byteTable(min, max);
            for (int i = 0; i < count; i++) {
                int g = table[(int) (values[i] - min)] & 0xFF;
                argb[i] = 0xFF000000 | g << 16 | g << 8 | g;
            }
        } else {
            for (int i = 0; i < count; i++) {
                int g = pipeline.toByte(values[i]);
                argb[i] = 0xFF000000 | g << 16 | g << 8 | g;
            }
        }
        return new Raster(frame.columns(), frame.rows(), argb, window, lo, hi, true);
    }

    /**
     * The modality values of a greyscale frame (stored values through the Modality LUT: Hounsfield units
     * for CT), for measurements; empty for colour images.
     */
    static java.util.Optional<ModalityPixels> modalityPixels(OpenedSeries.Image image, StoredFrame frame) throws IOException {
        String photometric = frame.photometricInterpretation().trim();
        if (frame.samplesPerPixel() != 1 || photometric.equals("PALETTE COLOR")) {
            return java.util.Optional.empty();
        }
        DataSet ds = image.dataSet();
        int bitsStored = ds.getInt(Tag.BitsStored, frame.bytesPerSample() * 8);
        ModalityLut modality = LutAttributes.modalityLut(ds);
        double[] values = new double[frame.sampleCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = frame.floatingPoint() ? frame.floatSample(i)
                    : modality.apply(storedValue(frame.sample(i), bitsStored, frame.signed()));
        }
        String rescaleType = ds.getString(Tag.RescaleType, "").trim();
        String unit = !rescaleType.isEmpty() && !rescaleType.equals("US") ? rescaleType
                : ds.getString(Tag.Modality, "").trim().equals("CT") ? "HU" : "";
        return java.util.Optional.of(new ModalityPixels(frame.columns(), frame.rows(), values, unit));
    }

    /** A window stored in the header, with its explanation ("" when none). */
    record HeaderWindow(Window window, String explanation) {}

    /** The Window Center / Width pairs of the header, with their explanations. */
    static java.util.List<HeaderWindow> headerWindows(DataSet ds) {
        double[] centers = ds.getDoubles(Tag.WindowCenter);
        double[] widths = ds.getDoubles(Tag.WindowWidth);
        java.util.List<String> explanations = ds.getStrings(Tag.WindowCenterWidthExplanation);
        java.util.List<HeaderWindow> out = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(centers.length, widths.length); i++) {
            if (widths[i] >= 1 && Double.isFinite(centers[i])) {
                out.add(new HeaderWindow(new Window(centers[i], widths[i], false), i < explanations.size() ? explanations.get(i).trim() : ""));
            }
        }
        return java.util.List.copyOf(out);
    }

    /** A stored sample cut to its Bits Stored: sign-extended when signed, masked otherwise. */
    static long storedValue(long sample, int bitsStored, boolean signed) {
        if (bitsStored >= 64) {
            return sample;
        }
        int unused = 64 - bitsStored;
        return signed ? sample << unused >> unused : sample & ((1L << bitsStored) - 1);
    }

    private static java.util.Optional<Window> headerWindow(DataSet ds) {
        double[] centers = ds.getDoubles(Tag.WindowCenter);
        double[] widths = ds.getDoubles(Tag.WindowWidth);
        if (centers.length > 0 && widths.length > 0 && widths[0] >= 1) {
            return java.util.Optional.of(new Window(centers[0], widths[0], false));
        }
        return java.util.Optional.empty();
    }
}
