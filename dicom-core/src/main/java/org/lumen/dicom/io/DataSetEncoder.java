package org.lumen.dicom.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

/**
 * Encodes elements in one transfer syntax's VR form and byte order (PS3.5 section 7): binary
 * values stored in the other byte order are swapped by the width of their VR, odd values are
 * padded, sequences and items get computed defined lengths (or undefined lengths and delimiters),
 * encapsulated pixel data is written as fragment items. Stateless apart from its settings.
 */
final class DataSetEncoder {
    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int CHUNK = 64 * 1024;

    private final boolean explicitVr;
    private final ByteOrder order;
    private final boolean undefinedLengths;

    DataSetEncoder(boolean explicitVr, ByteOrder order, boolean undefinedLengths) {
        this.explicitVr = explicitVr;
        this.order = order;
        this.undefinedLengths = undefinedLengths;
    }

    /** Writes the elements of a data set, leaving out group 0002 when {@code withoutMeta}. */
    void write(DataSet dataSet, DicomOutput out, boolean withoutMeta) throws IOException {
        for (DicomElement element : dataSet) {
            if (withoutMeta && Tag.group(element.tag()) == 0x0002) {
                continue;
            }
            writeElement(element, out);
        }
    }

    /** Bytes the element takes when written with defined lengths. */
    long encodedLength(DicomElement element) {
        VR vr = writtenVr(element);
        long header = explicitVr && vr.hasLongExplicitLength() ? 12 : 8;
        return switch (element.value()) {
            case Value.Sequence sequence -> header + sequenceLength(sequence.items())
                    + (undefinedLengths ? 8 : 0);
            case Value.Fragments fragments -> {
                long total = header + 8;
                for (Value fragment : fragments.fragments()) {
                    total += 8 + even(fragment.length());
                }
                yield total;
            }
            default -> header + even(element.value().length());
        };
    }

    private long sequenceLength(List<DataSet> items) {
        long total = 0;
        for (DataSet item : items) {
            total += 8 + itemLength(item) + (undefinedLengths ? 8 : 0);
        }
        return total;
    }

    private long itemLength(DataSet item) {
        long total = 0;
        for (DicomElement element : item) {
            total += encodedLength(element);
        }
        return total;
    }

    private VR writtenVr(DicomElement element) {
        VR vr = element.vr();
        if (element.value() instanceof Value.Sequence) {
            return VR.SQ;
        }
        if (element.value() instanceof Value.Fragments) {
            return VR.OB;
        }
        if (explicitVr && !vr.hasLongExplicitLength() && even(element.value().length()) > 0xFFFF) {
            return VR.UN;
        }
        return vr;
    }

    private void writeElement(DicomElement element, DicomOutput out) throws IOException {
        VR vr = writtenVr(element);
        switch (element.value()) {
            case Value.Sequence sequence -> {
                writeHeader(out, element.tag(), vr, undefinedLengths ? UNDEFINED : sequenceLength(sequence.items()));
                for (DataSet item : sequence.items()) {
                    out.tag(Tag.Item);
                    out.u32(undefinedLengths ? UNDEFINED : itemLength(item));
                    write(item, out, false);
                    if (undefinedLengths) {
                        out.tag(Tag.ItemDelimitationItem);
                        out.u32(0);
                    }
                }
                if (undefinedLengths) {
                    out.tag(Tag.SequenceDelimitationItem);
                    out.u32(0);
                }
            }
            case Value.Fragments fragments -> {
                writeHeader(out, element.tag(), vr, UNDEFINED);
                for (Value fragment : fragments.fragments()) {
                    out.tag(Tag.Item);
                    out.u32(even(fragment.length()));
                    writeValue(fragment, VR.OB, out);
                }
                out.tag(Tag.SequenceDelimitationItem);
                out.u32(0);
            }
            default -> {
                writeHeader(out, element.tag(), vr, even(element.value().length()));
                writeValue(element.value(), element.vr(), out);
            }
        }
    }

    private void writeHeader(DicomOutput out, int tag, VR vr, long length) throws IOException {
        out.tag(tag);
        if (!explicitVr) {
            out.u32(length);
            return;
        }
        out.ascii(vr.name());
        if (vr.hasLongExplicitLength()) {
            out.zeros(2);
            out.u32(length);
        } else {
            out.u16((int) length);
        }
    }

    /** Writes a Bytes or Bulk value in this encoder's byte order, padded to even length. */
    private void writeValue(Value value, VR vr, DicomOutput out) throws IOException {
        int width = ByteSwapping.width(vr);
        switch (value) {
            case Value.Bytes bytes -> {
                byte[] data = bytes.data();
                if (width > 1 && bytes.order() != order) {
                    data = data.clone();
                    ByteSwapping.swap(data, data.length, width);
                }
                out.bytes(data, 0, data.length);
            }
            case Value.Bulk bulk -> {
                boolean swap = width > 1 && bulk.order() != order;
                byte[] chunk = new byte[CHUNK];
                try (InputStream in = bulk.data().open()) {
                    int n;
                    while ((n = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                        if (swap) {
                            ByteSwapping.swap(chunk, n, width);
                        }
                        out.bytes(chunk, 0, n);
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a byte value: " + value);
        }
        if ((value.length() & 1) == 1) {
            out.stream().write(vr.paddingByte());
        }
    }

    private static long even(long length) {
        return length + (length & 1);
    }
}
