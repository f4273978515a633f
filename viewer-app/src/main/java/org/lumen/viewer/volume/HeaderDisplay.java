package org.lumen.viewer.volume;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.lut.LutAttributes;
import org.lumen.dicom.lut.PaletteColorLut;
import org.lumen.dicom.lut.PresentationLut;
import org.lumen.dicom.lut.VoiLut;

/**
 * What an image's header says about its display, read with dicom-core's {@link LutAttributes}: a
 * greyscale image's VOI LUTs (windows with their VOI LUT Function, VOI LUT Sequence tables) and its
 * Presentation LUT (INVERSE for MONOCHROME1 by default), a PALETTE COLOR image's palette, or the
 * channels of an RGB image.
 */
public sealed interface HeaderDisplay permits HeaderDisplay.Greyscale, HeaderDisplay.Palette, HeaderDisplay.Rgb {

    /**
     * A greyscale image.
     *
     * @param voiLuts      the VOI LUTs in header order (may be empty)
     * @param presentation the Presentation LUT
     */
    record Greyscale(List<VoiLut> voiLuts, PresentationLut presentation) implements HeaderDisplay {
        public Greyscale {
            voiLuts = List.copyOf(voiLuts);
            Objects.requireNonNull(presentation, "presentation");
        }

        /** The first VOI LUT, if the header has one. */
        public Optional<VoiLut> firstVoi() {
            return voiLuts.stream().findFirst();
        }
    }

    /**
     * A PALETTE COLOR image.
     *
     * @param palette its red, green and blue tables
     */
    record Palette(PaletteColorLut palette) implements HeaderDisplay {
        public Palette {
            Objects.requireNonNull(palette, "palette");
        }
    }

    /**
     * A colour image (RGB, or YBR_FULL converted to RGB): shown as its samples, channel by channel.
     *
     * @param channels the red, green and blue volumes (the series' volume is the red one)
     */
    record Rgb(org.lumen.rendering.volume.RgbVolume channels) implements HeaderDisplay {
        public Rgb {
            Objects.requireNonNull(channels, "channels");
        }
    }

    /**
     * Reads the display attributes of {@code ds}. For an enhanced multi-frame image without a top-level
     * window, the Frame VOI LUT Sequence of the shared (else the first per-frame) functional group is used.
     *
     * @param modalitySigned whether modality values can be negative (the first mapped value of a VOI LUT is then signed)
     */
    static HeaderDisplay read(DataSet ds, boolean modalitySigned) throws DicomFormatException {
        String photometric = ds.getString(Tag.PhotometricInterpretation, "MONOCHROME2").trim();
        if (photometric.equals("PALETTE COLOR")) {
            return new Palette(PaletteColorLut.from(ds));
        }
        List<VoiLut> luts = LutAttributes.voiLuts(ds, modalitySigned);
        if (luts.isEmpty()) {
            Optional<DataSet> frameVoi = ds.getItem(Tag.SharedFunctionalGroupsSequence, 0)
                    .flatMap(g -> g.getItem(Tag.FrameVOILUTSequence, 0))
                    .or(() -> ds.getItem(Tag.PerFrameFunctionalGroupsSequence, 0).flatMap(g -> g.getItem(Tag.FrameVOILUTSequence, 0)));
            if (frameVoi.isPresent()) {
                luts = LutAttributes.voiLuts(frameVoi.get(), modalitySigned);
            }
        }
        return new Greyscale(luts, LutAttributes.presentationLut(ds));
    }
}
