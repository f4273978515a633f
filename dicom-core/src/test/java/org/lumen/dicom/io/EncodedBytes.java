package org.lumen.dicom.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.TransferSyntax;

/** Hand-made encodings for tests: element and item headers written byte by byte, right or wrong. */
final class EncodedBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean bigEndian;

    EncodedBytes(ByteOrder order) {
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
    }

    static EncodedBytes littleEndian() {
        return new EncodedBytes(ByteOrder.LITTLE_ENDIAN);
    }

    /** Preamble, DICM and a File Meta Information for this transfer syntax, as Part10Writer writes them. */
    static EncodedBytes part10(TransferSyntax ts) {
        EncodedBytes bytes = littleEndian();
        try {
            Part10Writer.write(DicomFile.of(new DataSet(), ts), bytes.out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    int size() {
        return out.size();
    }

    byte[] toArray() {
        return out.toByteArray();
    }

    EncodedBytes u16(int value) {
        if (bigEndian) {
            out.write(value >>> 8);
            out.write(value);
        } else {
            out.write(value);
            out.write(value >>> 8);
        }
        return this;
    }

    EncodedBytes u32(long value) {
        if (bigEndian) {
            u16((int) (value >>> 16));
            u16((int) value);
        } else {
            u16((int) value);
            u16((int) (value >>> 16));
        }
        return this;
    }

    EncodedBytes tag(int tag) {
        return u16(tag >>> 16).u16(tag & 0xFFFF);
    }

    EncodedBytes ascii(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    EncodedBytes bytes(int count, int value) {
        for (int i = 0; i < count; i++) {
            out.write(value);
        }
        return this;
    }

    /** An explicit VR header with a 16-bit length (AE, CS, UI, US and the like). */
    EncodedBytes shortHeader(int tag, String vr, int length) {
        return tag(tag).ascii(vr).u16(length);
    }

    /** An explicit VR header with reserved bytes and a 32-bit length (OB, SQ, UN and the like). */
    EncodedBytes longHeader(int tag, String vr, long length) {
        return tag(tag).ascii(vr).u16(0).u32(length);
    }

    /** An item, delimiter or implicit VR header: tag and 32-bit length. */
    EncodedBytes header(int tag, long length) {
        return tag(tag).u32(length);
    }

    /** A whole explicit VR string element. */
    EncodedBytes text(int tag, String vr, String value) {
        byte[] data = value.getBytes(StandardCharsets.ISO_8859_1);
        return shortHeader(tag, vr, data.length).ascii(value);
    }
}
