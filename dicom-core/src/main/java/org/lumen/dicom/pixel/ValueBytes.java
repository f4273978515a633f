package org.lumen.dicom.pixel;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.lumen.dicom.BulkData;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Value;

/** Reads byte ranges of a {@link Value.Bytes} or {@link Value.Bulk}, the bulk one lazily from its file. */
final class ValueBytes {
    private final Value value;

    ValueBytes(Value value) {
        if (!(value instanceof Value.Bytes) && !(value instanceof Value.Bulk)) {
            throw new IllegalArgumentException("not a binary value: " + value);
        }
        this.value = value;
    }

    long length() {
        return value.length();
    }

    ByteOrder order() {
        return value instanceof Value.Bytes bytes ? bytes.order() : ((Value.Bulk) value).order();
    }

    /** Offset of the value's first byte in its file, or -1 for a value held in memory. */
    long fileOffset() {
        return value instanceof Value.Bulk bulk ? bulk.data().offset() : -1;
    }

    /** The file offset of a position in this value, for error messages (-1 when in memory). */
    long offsetOf(long position) {
        return value instanceof Value.Bulk bulk ? bulk.data().offset() + position : -1;
    }

    /** Bytes [start, end) of the value. */
    byte[] read(long start, long end) throws IOException {
        if (start < 0 || end < start || end > length()) {
            throw new IllegalArgumentException("range " + start + ".." + end + " outside 0.." + length());
        }
        if (end - start > BulkData.MAX_IN_MEMORY) {
            throw new DicomFormatException(Problem.ABSURD_SIZE, offsetOf(start), (end - start) + " bytes do not fit in memory");
        }
        if (value instanceof Value.Bytes bytes) {
            return Arrays.copyOfRange(bytes.data(), (int) start, (int) end);
        }
        BulkData bulk = ((Value.Bulk) value).data();
        return new BulkData(bulk.file(), bulk.offset() + start, end - start).read();
    }

    byte[] readAll() throws IOException {
        return read(0, length());
    }
}
