package org.lumen.dicom.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;

/** Writes tags and 16- and 32-bit numbers in one byte order to a stream (buffer it yourself). */
final class DicomOutput {
    private final OutputStream out;
    private final boolean bigEndian;
    private final byte[] scratch = new byte[4];

    DicomOutput(OutputStream out, ByteOrder order) {
        this.out = out;
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
    }

    OutputStream stream() {
        return out;
    }

    void u16(int value) throws IOException {
        if (bigEndian) {
            scratch[0] = (byte) (value >>> 8);
            scratch[1] = (byte) value;
        } else {
            scratch[0] = (byte) value;
            scratch[1] = (byte) (value >>> 8);
        }
        out.write(scratch, 0, 2);
    }

    void u32(long value) throws IOException {
        int v = (int) value;
        if (bigEndian) {
            scratch[0] = (byte) (v >>> 24);
            scratch[1] = (byte) (v >>> 16);
            scratch[2] = (byte) (v >>> 8);
            scratch[3] = (byte) v;
        } else {
            scratch[0] = (byte) v;
            scratch[1] = (byte) (v >>> 8);
            scratch[2] = (byte) (v >>> 16);
            scratch[3] = (byte) (v >>> 24);
        }
        out.write(scratch, 0, 4);
    }

    void tag(int tag) throws IOException {
        u16(tag >>> 16);
        u16(tag & 0xFFFF);
    }

    void ascii(String twoLetters) throws IOException {
        out.write(twoLetters.charAt(0));
        out.write(twoLetters.charAt(1));
    }

    void bytes(byte[] data, int offset, int length) throws IOException {
        out.write(data, offset, length);
    }

    void zeros(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            out.write(0);
        }
    }
}
