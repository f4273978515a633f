package org.lumen.rendering;

import java.util.Objects;

import org.lumen.dicom.lut.PaletteColorLut;
import org.lumen.dicom.lut.PresentationLut;
import org.lumen.dicom.lut.VoiLut;
import org.lumen.dicom.lut.WindowTransform;

/**
 * How a rendered value becomes display pixels: the part of the PS3.4 N.2 pipeline after the Modality
 * LUT, built from dicom-core's LUT blocks. Both renderers implement exactly this; the CPU renderer calls
 * the methods below, the GPU renderer evaluates the same formulas in GLSL.
 */
public sealed interface DisplayMapping permits DisplayMapping.Greyscale, DisplayMapping.Palette {

    /** Samples per output pixel: 1 (grey) or 3 (RGB). */
    int channels();

    /** A LINEAR window, not inverted. */
    static DisplayMapping window(WindowLevel window) {
        return new Greyscale(window.transform(), PresentationLut.Shape.IDENTITY);
    }

    /**
     * Greyscale: the VOI LUT (a window with its function, or a VOI LUT table) onto [0, 255], then the
     * Presentation LUT (IDENTITY, INVERSE for MONOCHROME1, or a table), rounded half up and clamped.
     *
     * @param voi          the VOI LUT, applied to the combined modality value
     * @param presentation the Presentation LUT
     */
    record Greyscale(VoiLut voi, PresentationLut presentation) implements DisplayMapping {
        public Greyscale {
            Objects.requireNonNull(voi, "voi");
            Objects.requireNonNull(presentation, "presentation");
        }

        @Override
        public int channels() {
            return 1;
        }

        /** The grey level of a modality value. */
        public int grey(double modality) {
            return toByte(presentation.apply(voi.apply(modality, 0, 255), 255));
        }

        /** The window centre when the VOI LUT is a window, else 0: a constant renderers may subtract for precision. */
        public double centerOffset() {
            return voi instanceof WindowTransform w ? w.center() : 0;
        }

        /** P-value to byte as dicom-core's GreyscalePipeline does: rounded half up, clamped to 0..255. */
        static int toByte(double p) {
            long rounded = (long) Math.floor(p + 0.5);
            return (int) Math.max(0, Math.min(255, rounded));
        }
    }

    /**
     * PALETTE COLOR (PS3.3 C.7.6.3.1.5): the combined stored value (no Modality LUT applies), rounded half
     * up, indexes the red, green and blue tables; 16-bit entries keep their high byte.
     *
     * @param palette the palette
     */
    record Palette(PaletteColorLut palette) implements DisplayMapping {
        public Palette {
            Objects.requireNonNull(palette, "palette");
        }

        @Override
        public int channels() {
            return 3;
        }

        /** 0xRRGGBB for a (possibly interpolated) stored value. */
        public int rgb(double stored) {
            return palette.rgb((long) Math.floor(stored + 0.5));
        }
    }
}
