package org.lumen.dicom.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.lumen.dicom.BulkData;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Value;

/** The value field of encapsulated pixel data (PS3.5 A.4): items holding the fragments, then a sequence delimiter, little endian. */
final class Encapsulation {
    private Encapsulation() {}

    static byte[] bytes(Value.Fragments fragments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long total = 8;
        for (Value fragment : fragments.fragments()) {
            total += 8 + fragment.length();
        }
        if (total > BulkData.MAX_IN_MEMORY) {
            throw new DicomFormatException(DicomFormatException.Problem.ABSURD_SIZE, -1,
                    "encapsulated pixel data of " + total + " bytes is too large for InlineBinary");
        }
        for (Value fragment : fragments.fragments()) {
            byte[] data = switch (fragment) {
                case Value.Bytes bytes -> bytes.data();
                case Value.Bulk bulk -> bulk.data().read();
                default -> throw new IllegalStateException("a fragment is Bytes or Bulk");
            };
            header(out, 0xE000, data.length);
            out.writeBytes(data);
        }
        header(out, 0xE0DD, 0);
        return out.toByteArray();
    }

    private static void header(ByteArrayOutputStream out, int element, int length) {
        out.write(0xFE);
        out.write(0xFF);
        out.write(element & 0xFF);
        out.write(element >>> 8);
        out.write(length & 0xFF);
        out.write(length >>> 8 & 0xFF);
        out.write(length >>> 16 & 0xFF);
        out.write(length >>> 24 & 0xFF);
    }
}
