package org.lumen.viewer.keys;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import org.lumen.dicom.sr.ImageRef;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.Measurement;
import org.lumen.viewer.measure.ModalityPixels;

/**
 * One of the reader's own (unsaved) measurements, with what its conversion to a report needs: the image
 * it lies on, the image's calibration, and where its modality values come from (decoded only for
 * regions and probes, off the FX thread).
 *
 * @param storeKey the image's key in the workstation's measurement store
 */
public record UserMeasurement(String storeKey, ImageRef image, Measurement measurement, Calibration calibration,
                              PixelSource pixels) {
    /** Decodes the image's modality values (blocking); empty for images without them (colour). */
    @FunctionalInterface
    public interface PixelSource {
        Optional<ModalityPixels> load() throws IOException;
    }

    public UserMeasurement {
        Objects.requireNonNull(storeKey, "storeKey");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(pixels, "pixels");
    }

    /** Whether the report's values need the image's modality values (a region's statistics, a probe's value). */
    boolean needsPixels() {
        return measurement instanceof Measurement.Roi || measurement instanceof Measurement.Probe;
    }
}
