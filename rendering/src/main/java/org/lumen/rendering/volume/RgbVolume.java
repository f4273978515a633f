package org.lumen.rendering.volume;

import java.util.Objects;

/**
 * A colour (RGB) volume as three unsigned scalar volumes on one geometry, one per sample of Photometric
 * Interpretation RGB (or YBR converted to RGB). Renderers sample each channel exactly as a greyscale
 * volume, so colour MPR follows the same rules (interpolation, slabs per channel) and the GPU and CPU
 * renderers agree per channel.
 *
 * @param red   red samples, 0..255 (or 0..65535)
 * @param green green samples
 * @param blue  blue samples
 */
public record RgbVolume(Volume red, Volume green, Volume blue) {
    /** The channels must share geometry and slice positions and be unsigned. */
    public RgbVolume {
        Objects.requireNonNull(red, "red");
        Objects.requireNonNull(green, "green");
        Objects.requireNonNull(blue, "blue");
        for (Volume channel : new Volume[] {green, blue}) {
            if (!channel.geometry().equals(red.geometry()) || channel.isRegular() != red.isRegular()
                    || !java.util.Arrays.equals(channel.slicePositions(), red.slicePositions())) {
                throw new IllegalArgumentException("RGB channels must share geometry and slice positions");
            }
        }
        if (red.values().signed() || green.values().signed() || blue.values().signed()) {
            throw new IllegalArgumentException("RGB samples are unsigned");
        }
    }

    /** An empty RGB volume of 8-bit channels (identity rescale). */
    public static RgbVolume allocate(org.lumen.rendering.geometry.VolumeGeometry geometry, double[] slicePositions) {
        return new RgbVolume(Volume.allocate(geometry, PixelValues.UNSIGNED, slicePositions),
                Volume.allocate(geometry, PixelValues.UNSIGNED, slicePositions), Volume.allocate(geometry, PixelValues.UNSIGNED, slicePositions));
    }

    /** The channel {@code c}: 0 red, 1 green, 2 blue. */
    public Volume channel(int c) {
        return switch (c) {
            case 0 -> red;
            case 1 -> green;
            case 2 -> blue;
            default -> throw new IndexOutOfBoundsException("channel " + c);
        };
    }
}
