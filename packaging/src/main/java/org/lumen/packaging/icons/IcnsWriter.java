package org.lumen.packaging.icons;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

/**
 * Writes a macOS ICNS file: the magic {@code icns} and the file length, then one element per image
 * (a four-character type, the element length including its 8-byte header, the PNG bytes). All
 * values are big-endian. Each pixel size maps to the element types macOS looks up for it: 32 px,
 * for example, is both {@code icp5} (32 pt at 1x) and {@code ic11} (16 pt at 2x).
 */
public final class IcnsWriter {
    /** The ICNS element types holding a PNG of each pixel size. */
    static final Map<Integer, List<String>> TYPES_BY_SIZE = Map.of(
            16, List.of("icp4"),
            32, List.of("icp5", "ic11"),
            64, List.of("icp6", "ic12"),
            128, List.of("ic07"),
            256, List.of("ic08", "ic13"),
            512, List.of("ic09", "ic14"),
            1024, List.of("ic10"));

    private IcnsWriter() {}

    /** Returns the ICNS file with every image whose size macOS has a slot for; others are rejected. */
    public static byte[] write(List<IconImage> images) {
        long total = 8;
        for (IconImage image : images) {
            List<String> types = TYPES_BY_SIZE.get(image.size());
            if (types == null) {
                throw new IllegalArgumentException("ICNS has no element type for " + image.size()
                        + " px; sizes: " + TYPES_BY_SIZE.keySet());
            }
            total += (long) types.size() * (8 + image.length());
        }
        if (images.isEmpty() || total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an ICNS needs 1 or more images and less than 2 GiB");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total).order(ByteOrder.BIG_ENDIAN);
        out.put(ascii("icns")).putInt((int) total);
        for (IconImage image : images) {
            for (String type : TYPES_BY_SIZE.get(image.size())) {
                out.put(ascii(type)).putInt(8 + image.length()).put(image.png());
            }
        }
        return out.array();
    }

    private static byte[] ascii(String fourCharacterCode) {
        return fourCharacterCode.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
