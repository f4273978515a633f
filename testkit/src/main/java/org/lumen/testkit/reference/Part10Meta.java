package org.lumen.testkit.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the Transfer Syntax UID (0002,0010) from a Part 10 file's meta header, which is always
 * Explicit VR Little Endian. Just enough to pick a reference tool; the test kit must not depend on
 * dicom-core.
 */
final class Part10Meta {

    private static final int MAX_META = 64 << 10;

    private Part10Meta() {
    }

    static String transferSyntaxUid(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAX_META);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (head.length < 132 || !"DICM".equals(new String(head, 128, 4, StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException(file + ": no 'DICM' magic at offset 128: not a Part 10 file");
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 132;
        while (pos + 8 <= head.length) {
            int group = b.getShort(pos) & 0xFFFF;
            int element = b.getShort(pos + 2) & 0xFFFF;
            if (group != 0x0002) {
                break;
            }
            String vr = new String(head, pos + 4, 2, StandardCharsets.US_ASCII);
            boolean longForm = switch (vr) {
                case "OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV" -> true;
                default -> false;
            };
            long length = longForm ? (pos + 12 <= head.length ? b.getInt(pos + 8) & 0xFFFFFFFFL : -1)
                    : b.getShort(pos + 6) & 0xFFFF;
            int valueStart = pos + (longForm ? 12 : 8);
            if (length < 0 || valueStart + length > head.length) {
                throw new IllegalArgumentException(file + ": meta element (0002," + Integer.toHexString(element)
                        + ") at offset " + pos + " runs past the readable meta header");
            }
            if (element == 0x0010) {
                return new String(head, valueStart, (int) length, StandardCharsets.US_ASCII)
                        .replace("\0", "").strip();
            }
            pos = valueStart + (int) length;
        }
        throw new IllegalArgumentException(file + ": no Transfer Syntax UID (0002,0010) in the meta header (stopped at offset "
                + pos + ")");
    }
}
