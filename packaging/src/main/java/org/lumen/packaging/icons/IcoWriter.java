package org.lumen.packaging.icons;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Writes a Windows ICO file (the ICONDIR layout: a 6-byte header, one 16-byte entry per image,
 * then the images) whose images are stored as PNG, which Windows reads since Vista.
 */
public final class IcoWriter {
    private static final int HEADER = 6;
    private static final int ENTRY = 16;
    /** ICO stores width and height in one byte each, with 0 meaning 256. */
    static final int MAX_SIZE = 256;

    private IcoWriter() {}

    /** Returns the ICO file holding {@code images} in the order given (at most 256 px each). */
    public static byte[] write(List<IconImage> images) {
        if (images.isEmpty() || images.size() > 0xFFFF) {
            throw new IllegalArgumentException("an ICO holds 1..65535 images, got " + images.size());
        }
        long total = HEADER + (long) ENTRY * images.size();
        for (IconImage image : images) {
            if (image.size() > MAX_SIZE) {
                throw new IllegalArgumentException("an ICO image is at most 256 px, got " + image.size());
            }
            total += image.length();
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("ICO would exceed 2 GiB");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = HEADER + ENTRY * images.size();
        for (IconImage image : images) {
            byte edge = (byte) (image.size() == MAX_SIZE ? 0 : image.size());
            out.put(edge).put(edge).put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32);
            out.putInt(image.length()).putInt(offset);
            offset += image.length();
        }
        for (IconImage image : images) {
            out.put(image.png());
        }
        return out.array();
    }
}
