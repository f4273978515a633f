package org.lumen.dicom.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lumen.dicom.BulkData;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

/**
 * Reads elements, sequences and encapsulated pixel data (PS3.5 sections 7 and A.4) from a
 * {@link DicomInput} in explicit or implicit VR and either byte order. Every length is checked
 * against its container (item, sequence, input) before anything is read or allocated; nesting is
 * capped at {@link #MAX_DEPTH}. Records the byte offset of every sequence item it reads, which
 * DICOMDIR navigation needs. One parser reads one input, on one thread.
 */
final class DataSetParser {
    /** Deepest nesting of sequences accepted. */
    static final int MAX_DEPTH = 64;
    private static final long UNDEFINED = 0xFFFFFFFFL;

    /** VRs by their two letters, (first - 'A') * 26 + (second - 'A'); null where none. */
    private static final VR[] BY_CODE = new VR[26 * 26];

    static {
        for (VR vr : VR.values()) {
            BY_CODE[(vr.name().charAt(0) - 'A') * 26 + vr.name().charAt(1) - 'A'] = vr;
        }
    }

    private final DicomInput in;
    private final ReadOptions options;
    private final Optional<Path> file;
    private final Map<DataSet, Long> itemOffsets = new IdentityHashMap<>();
    private boolean explicitVr;

    DataSetParser(DicomInput in, boolean explicitVr, ReadOptions options, Optional<Path> file) {
        this.in = in;
        this.explicitVr = explicitVr;
        this.options = options;
        this.file = file;
    }

    /** Byte offset of each item's (FFFE,E000) tag, by item identity. */
    Map<DataSet, Long> itemOffsets() {
        return itemOffsets;
    }

    /** Reads the elements of one group at the current position (the file meta group). */
    void readGroup(DataSet target, int group) throws IOException {
        while (in.remaining() >= 8 && peekGroup() == group) {
            long start = in.position();
            int tag = in.tag();
            target.put(readElement(tag, start, in.end(), 0));
        }
    }

    private int peekGroup() throws IOException {
        return in.order() == ByteOrder.BIG_ENDIAN ? in.peek(0) << 8 | in.peek(1) : in.peek(1) << 8 | in.peek(0);
    }

    /** The VR two header bytes spell, or null (kept inside this class) when they spell none. */
    private static VR vrOf(int first, int second) {
        if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
            return null;
        }
        return BY_CODE[(first - 'A') * 26 + second - 'A'];
    }

    /** Reads the rest of the input as the top-level data set. */
    void readDataSet(DataSet target) throws IOException {
        readElements(target, in.end(), false, 0);
    }

    /** Reads elements up to {@code limit}, or up to an item delimiter when {@code delimited}. */
    private void readElements(DataSet target, long limit, boolean delimited, int depth) throws IOException {
        while (true) {
            long start = in.position();
            if (!delimited && start == limit) {
                return;
            }
            requireWithin(8, limit, start, delimited ? "item without an item delimiter" : "element header");
            int tag = in.tag();
            if (Tag.group(tag) == 0xFFFE) {
                in.u32();
                if (tag == Tag.ItemDelimitationItem && delimited) {
                    return;
                }
                throw new DicomFormatException(Problem.BAD_ITEM, start,
                        "delimiter or item tag " + Tag.toString(tag) + " where an element belongs");
            }
            if (depth == 0 && options.stopBeforePixelData() && Integer.compareUnsigned(tag, Tag.PixelData) >= 0) {
                in.seek(start);
                return;
            }
            target.put(readElement(tag, start, limit, depth));
        }
    }

    private DicomElement readElement(int tag, long start, long limit, int depth) throws IOException {
        VR vr;
        long length;
        if (explicitVr) {
            int first = in.peek(0);
            int second = in.peek(1);
            vr = vrOf(first, second);
            if (vr == null) {
                throw new DicomFormatException(Problem.BAD_VR, start + 4, String.format(
                        "bytes %02X %02X of element %s are not a value representation", first, second, Tag.toString(tag)));
            }
            in.skip(2);
            if (vr.hasLongExplicitLength()) {
                requireWithin(12, limit, start, "element header");
                in.skip(2);
                length = in.u32();
            } else {
                length = in.u16();
            }
            if (vr == VR.UN && in.order() == ByteOrder.LITTLE_ENDIAN) {
                vr = knownVr(tag, length);
            }
        } else {
            vr = ImplicitVrTable.lookup(tag);
            length = in.u32();
        }
        long valueStart = in.position();
        if (length == UNDEFINED) {
            return readUndefinedLength(tag, vr, start, limit, depth);
        }
        if (length > limit - valueStart) {
            throw pastEnd(length, limit, start, "value of " + Tag.toString(tag) + " (" + length + " bytes)");
        }
        if (vr == VR.SQ) {
            return new DicomElement(tag, vr, readSequence(valueStart + length, limit, depth));
        }
        if (vr == VR.UN && length >= 8 && in.order() == ByteOrder.LITTLE_ENDIAN && startsWithItem()) {
            // an implicit VR value of unknown VR, or an explicit UN (PS3.5 6.2.2), that holds items
            Optional<Value.Sequence> sequence = tryImplicitSequence(valueStart, length, depth);
            if (sequence.isPresent()) {
                return new DicomElement(tag, VR.SQ, sequence.get());
            }
        }
        return new DicomElement(tag, vr, readValue(length, in.order()));
    }

    /**
     * The VR of a little endian UN value of defined length whose VR this reader knows (as pydicom
     * replaces UN with the dictionary's VR); the bytes of both are the same. Sequences stay UN.
     */
    private static VR knownVr(int tag, long length) {
        VR known = ImplicitVrTable.lookup(tag);
        return length == UNDEFINED || known == VR.SQ ? VR.UN : known;
    }

    private DicomElement readUndefinedLength(int tag, VR vr, long start, long limit, int depth) throws IOException {
        if (tag == Tag.PixelData) {
            return new DicomElement(tag, vr == VR.OW ? VR.OW : VR.OB, readFragments(limit));
        }
        if (vr == VR.SQ) {
            return new DicomElement(tag, vr, readSequence(-1, limit, depth));
        }
        if (vr == VR.UN) {
            // PS3.5 6.2.2: a UN value of undefined length is a sequence in implicit VR little endian
            boolean wasExplicit = explicitVr;
            ByteOrder wasOrder = in.order();
            explicitVr = false;
            in.order(ByteOrder.LITTLE_ENDIAN);
            try {
                return new DicomElement(tag, VR.SQ, readSequence(-1, limit, depth));
            } finally {
                explicitVr = wasExplicit;
                in.order(wasOrder);
            }
        }
        throw new DicomFormatException(Problem.BAD_ITEM, start,
                "undefined length on " + Tag.toString(tag) + " with VR " + vr + ", which cannot have one");
    }

    private boolean startsWithItem() throws IOException {
        boolean big = in.order() == ByteOrder.BIG_ENDIAN;
        int[] expected = big ? new int[] {0xFF, 0xFE, 0xE0, 0x00} : new int[] {0xFE, 0xFF, 0x00, 0xE0};
        for (int i = 0; i < 4; i++) {
            if (in.peek(i) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** A value of unknown VR that starts with an item tag: a sequence in implicit VR little endian if it parses as one. */
    private Optional<Value.Sequence> tryImplicitSequence(long valueStart, long length, int depth) throws IOException {
        boolean wasExplicit = explicitVr;
        explicitVr = false;
        try {
            return Optional.of(readSequence(valueStart + length, valueStart + length, depth));
        } catch (DicomFormatException notASequence) {
            in.seek(valueStart);
            return Optional.empty();
        } finally {
            explicitVr = wasExplicit;
        }
    }

    /** Items up to {@code end}, or up to a sequence delimiter when {@code end} is -1 (then within {@code limit}). */
    private Value.Sequence readSequence(long end, long limit, int depth) throws IOException {
        if (depth >= MAX_DEPTH) {
            throw new DicomFormatException(Problem.ABSURD_SIZE, in.position(),
                    "sequences nested deeper than " + MAX_DEPTH + " levels");
        }
        boolean delimited = end < 0;
        long containerEnd = delimited ? limit : end;
        List<DataSet> items = new ArrayList<>();
        while (true) {
            long itemStart = in.position();
            if (!delimited && itemStart == end) {
                break;
            }
            requireWithin(8, containerEnd, itemStart, delimited ? "sequence without a delimiter" : "item header");
            int tag = in.tag();
            long length = in.u32();
            if (tag == Tag.SequenceDelimitationItem && delimited) {
                break;
            }
            if (tag != Tag.Item) {
                throw new DicomFormatException(Problem.BAD_ITEM, itemStart,
                        "expected an item in a sequence, found " + Tag.toString(tag));
            }
            DataSet item = new DataSet();
            itemOffsets.put(item, itemStart);
            if (length == UNDEFINED) {
                readElements(item, containerEnd, true, depth + 1);
            } else {
                long itemValue = in.position();
                long itemEnd = itemValue + length;
                if (length > containerEnd - itemValue) {
                    if (delimited) {
                        throw pastEnd(length, containerEnd, itemStart, "item of " + length + " bytes");
                    }
                    // as dcmtk and pydicom do: the last item of a sequence of defined length may
                    // announce more than the sequence holds (DICOMDIR-nooffset); it ends with the sequence
                    itemEnd = end;
                }
                readElements(item, itemEnd, false, depth + 1);
            }
            items.add(item);
        }
        return new Value.Sequence(items);
    }

    /** Encapsulated pixel data: items of defined length up to the sequence delimiter (PS3.5 A.4). */
    private Value.Fragments readFragments(long limit) throws IOException {
        List<Value> fragments = new ArrayList<>();
        while (true) {
            long at = in.position();
            if (limit - at < 8) {
                throw limit >= in.end()
                        ? new DicomFormatException(Problem.TRUNCATED, at, "input ends inside encapsulated pixel data")
                        : new DicomFormatException(Problem.BAD_FRAGMENT, at, "encapsulated pixel data runs past its container");
            }
            int tag = in.tag();
            long length = in.u32();
            if (tag == Tag.SequenceDelimitationItem) {
                break;
            }
            if (tag != Tag.Item) {
                throw new DicomFormatException(Problem.BAD_FRAGMENT, at, "expected a fragment item, found " + Tag.toString(tag));
            }
            if (length == UNDEFINED) {
                throw new DicomFormatException(Problem.BAD_FRAGMENT, at, "fragment with undefined length");
            }
            if (length > limit - in.position()) {
                throw limit >= in.end() ? pastEnd(length, limit, at, "fragment of " + length + " bytes")
                        : new DicomFormatException(Problem.BAD_FRAGMENT, at, "fragment runs past its container");
            }
            fragments.add(readValue(length, in.order()));
        }
        if (fragments.isEmpty()) {
            throw new DicomFormatException(Problem.BAD_FRAGMENT, in.position() - 8,
                    "encapsulated pixel data without a basic offset table item");
        }
        return new Value.Fragments(fragments);
    }

    /** A value of checked length: a bulk reference when long and file backed, else its bytes. */
    private Value readValue(long length, ByteOrder order) throws IOException {
        long at = in.position();
        if (in.fileBacked() && file.isPresent()
                && (length >= options.bulkDataThreshold() || length > BulkData.MAX_IN_MEMORY)) {
            in.skip(length);
            return new Value.Bulk(new BulkData(file.get(), at, length), order);
        }
        if (length > BulkData.MAX_IN_MEMORY) {
            throw new DicomFormatException(Problem.ABSURD_SIZE, at, "value of " + length + " bytes cannot be held in memory");
        }
        return new Value.Bytes(in.bytes((int) length), order);
    }

    private void requireWithin(long needed, long limit, long at, String what) throws DicomFormatException {
        if (limit - at < needed) {
            throw pastEnd(needed, limit, at, what);
        }
    }

    private DicomFormatException pastEnd(long length, long limit, long at, String what) {
        if (limit >= in.end()) {
            Problem problem = length >= 0x80000000L ? Problem.ABSURD_SIZE : Problem.TRUNCATED;
            return new DicomFormatException(problem, at, what + " runs past the end of the input at " + in.end());
        }
        return new DicomFormatException(Problem.LENGTH_PAST_END, at, what + " runs past the end of its container at " + limit);
    }
}
