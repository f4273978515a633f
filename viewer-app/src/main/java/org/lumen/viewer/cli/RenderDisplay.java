package org.lumen.viewer.cli;

import org.lumen.dicom.lut.VoiLut;
import org.lumen.dicom.lut.WindowTransform;
import org.lumen.rendering.DisplayMapping;
import org.lumen.rendering.WindowLevel;
import org.lumen.viewer.volume.HeaderDisplay;
import org.lumen.viewer.volume.LoadedSeries;

/**
 * The display mapping of {@code lumen render}: a PALETTE COLOR image shows its palette, an RGB image
 * its 8-bit samples (each channel through the identity window); a greyscale
 * image uses the {@code --window} given (with {@code --function}), else the header's first VOI LUT (a
 * window, whose function {@code --function} replaces, or a VOI LUT table), else the full range; then
 * always the header's Presentation LUT (INVERSE for MONOCHROME1).
 */
final class RenderDisplay {
    private RenderDisplay() {}

    static DisplayMapping choose(LoadedSeries series, RenderOptions options) {
        return switch (series.header()) {
            case HeaderDisplay.Palette p -> {
                if (options.window().isPresent() || options.function().isPresent()) {
                    throw new CommandFailure(LumenCommand.USAGE, "the image is PALETTE COLOR: --window and --function do not apply");
                }
                yield new DisplayMapping.Palette(p.palette());
            }
            case HeaderDisplay.Greyscale g -> new DisplayMapping.Greyscale(voi(series, g, options), g.presentation());
            case HeaderDisplay.Rgb rgb -> {
                if (options.window().isPresent() || options.function().isPresent()) {
                    throw new CommandFailure(LumenCommand.USAGE, "the image is RGB: --window and --function do not apply");
                }
                yield DisplayMapping.window(org.lumen.rendering.Renderer.IDENTITY_8_BIT);
            }
        };
    }

    private static VoiLut voi(LoadedSeries series, HeaderDisplay.Greyscale header, RenderOptions options) {
        if (options.window().isPresent()) {
            return options.window().get().transform();
        }
        VoiLut first = header.firstVoi().orElse(null);
        if (first instanceof WindowTransform w) {
            return options.function().map(f -> windowOf(w.center(), w.width(), f)).orElse(w);
        }
        if (first instanceof VoiLut.Table table) {
            if (options.function().isPresent()) {
                throw new CommandFailure(LumenCommand.USAGE, "--function applies to a window; the header's VOI LUT is a table: give --window too");
            }
            return table;
        }
        WindowLevel full = series.fullRange();
        return options.function().map(f -> windowOf(full.center(), full.width(), f)).orElse(full.transform());
    }

    private static WindowTransform windowOf(double center, double width, org.lumen.dicom.lut.VoiFunction f) {
        try {
            return new WindowTransform(center, width, f);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(LumenCommand.USAGE, "--function " + f + ": " + e.getMessage());
        }
    }
}
