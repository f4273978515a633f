package org.lumen.dicom.pixel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lumen.dicom.BulkData;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Tag;
import org.lumen.dicom.Value;

/**
 * Splits encapsulated pixel data (PS3.5 section A.4) into the compressed bitstream of each frame.
 * Which fragments make up which frame is decided, in this order, by the Extended Offset Table
 * (7FE0,0001) with its lengths (7FE0,0002); the Basic Offset Table when it is not empty and agrees with
 * the fragments; one frame per fragment when there are as many fragments as frames; all fragments
 * when there is one frame; else the fragments that begin with a codestream start marker (JPEG, JPEG-LS:
 * FFD8; JPEG 2000: FF4F or a JP2 signature box) each begin a frame.
 *
 * <p>Offsets in both tables count from the first byte of the item tag of the first fragment after
 * the Basic Offset Table, so each fragment before a frame contributes its 8-byte item header.
 * Immutable; bitstreams are read from the fragments on demand. Thread-safe.
 */
public final class EncapsulatedFrames {
    /** How the fragments were assigned to frames. */
    public enum SplitMethod { EXTENDED_OFFSET_TABLE, BASIC_OFFSET_TABLE, ONE_FRAGMENT_PER_FRAME, SINGLE_FRAME, START_MARKERS }

    private final List<Value> fragments;
    private final int[] firstFragment;
    private final long[] exactLength;
    private final SplitMethod method;

    private EncapsulatedFrames(List<Value> fragments, int[] firstFragment, long[] exactLength, SplitMethod method) {
        this.fragments = fragments;
        this.firstFragment = firstFragment;
        this.exactLength = exactLength;
        this.method = method;
    }

    /** Splits the Pixel Data (7FE0,0010) fragments of a data set, using its Extended Offset Table if any. */
    public static EncapsulatedFrames of(DataSet dataSet, int frames) throws DicomFormatException {
        Value value = dataSet.get(Tag.PixelData).map(e -> e.value()).orElseThrow(
                () -> new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, "the data set has no Pixel Data (7FE0,0010)"));
        if (!(value instanceof Value.Fragments fragments)) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, "Pixel Data is not encapsulated");
        }
        return of(fragments, frames, longs(dataSet, Tag.ExtendedOffsetTable), longs(dataSet, Tag.ExtendedOffsetTableLengths));
    }

    /** 64-bit values of an OV attribute held in memory or as bulk data; empty when absent. */
    private static long[] longs(DataSet dataSet, int tag) throws DicomFormatException {
        Value value = dataSet.get(tag).map(e -> e.value()).orElse(Value.Bytes.EMPTY);
        if (!(value instanceof Value.Bytes) && !(value instanceof Value.Bulk)) {
            throw new DicomFormatException(Problem.BAD_FRAGMENT, -1, Tag.toString(tag) + " is not binary");
        }
        ValueBytes bytes = new ValueBytes(value);
        if (bytes.length() % 8 != 0 || bytes.length() / 8 > Integer.MAX_VALUE) {
            throw new DicomFormatException(Problem.BAD_FRAGMENT, bytes.fileOffset(), Tag.toString(tag) + " of "
                    + bytes.length() + " bytes is not a list of 64-bit offsets");
        }
        byte[] data;
        try {
            data = bytes.readAll();
        } catch (IOException e) {
            throw new DicomFormatException(Problem.BAD_FRAGMENT, bytes.fileOffset(), "cannot read " + Tag.toString(tag) + ": " + e.getMessage(), e);
        }
        ByteBuffer buffer = ByteBuffer.wrap(data).order(bytes.order());
        long[] values = new long[data.length / 8];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getLong();
        }
        return values;
    }

    /**
     * Splits fragments into frames.
     *
     * @param extendedOffsets the Extended Offset Table, empty when absent
     * @param extendedLengths the Extended Offset Table Lengths, empty when absent
     */
    public static EncapsulatedFrames of(Value.Fragments pixelData, int frames, long[] extendedOffsets, long[] extendedLengths)
            throws DicomFormatException {
        Objects.requireNonNull(pixelData, "pixelData");
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be positive: " + frames);
        }
        List<Value> all = pixelData.fragments();
        if (all.isEmpty()) {
            throw new DicomFormatException(Problem.BAD_FRAGMENT, -1, "encapsulated pixel data without a Basic Offset Table item");
        }
        List<Value> data = all.subList(1, all.size());
        if (data.isEmpty()) {
            throw new DicomFormatException(Problem.BAD_FRAGMENT, -1, "encapsulated pixel data without fragments");
        }
        long[] positions = new long[data.size()];
        long position = 0;
        for (int i = 0; i < data.size(); i++) {
            positions[i] = position;
            position += 8 + data.get(i).length();
        }
        if (extendedOffsets.length > 0 || extendedLengths.length > 0) {
            if (extendedOffsets.length != frames || extendedLengths.length != frames) {
                throw new DicomFormatException(Problem.BAD_FRAGMENT, -1, "the Extended Offset Table has " + extendedOffsets.length
                        + " offsets and " + extendedLengths.length + " lengths for " + frames + " frames");
            }
            int[] first = firstFragments(extendedOffsets, positions);
            if (first.length == 0) {
                throw new DicomFormatException(Problem.BAD_FRAGMENT, -1,
                        "the Extended Offset Table does not point at the starts of increasing fragments");
            }
            return new EncapsulatedFrames(data, first, extendedLengths.clone(), SplitMethod.EXTENDED_OFFSET_TABLE);
        }
        long[] basic = basicOffsets(all.get(0));
        if (basic.length == frames) {
            int[] first = firstFragments(basic, positions);
            if (first.length > 0) {
                return new EncapsulatedFrames(data, first, null, SplitMethod.BASIC_OFFSET_TABLE);
            }
        }
        if (data.size() == frames) {
            int[] first = new int[frames];
            for (int i = 0; i < frames; i++) {
                first[i] = i;
            }
            return new EncapsulatedFrames(data, first, null, SplitMethod.ONE_FRAGMENT_PER_FRAME);
        }
        if (frames == 1) {
            return new EncapsulatedFrames(data, new int[] {0}, null, SplitMethod.SINGLE_FRAME);
        }
        return byStartMarkers(data, frames);
    }

    private static EncapsulatedFrames byStartMarkers(List<Value> data, int frames) throws DicomFormatException {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (beginsWithStartMarker(data.get(i))) {
                starts.add(i);
            }
        }
        if (starts.size() != frames || starts.get(0) != 0) {
            throw new DicomFormatException(Problem.BAD_FRAGMENT, -1, data.size() + " fragments cannot be split into " + frames
                    + " frames: no usable offset table and " + starts.size() + " fragments begin with a start marker"
                    + (starts.isEmpty() || starts.get(0) == 0 ? "" : ", the first fragment does not"));
        }
        return new EncapsulatedFrames(data, starts.stream().mapToInt(Integer::intValue).toArray(), null, SplitMethod.START_MARKERS);
    }

    private static boolean beginsWithStartMarker(Value fragment) throws DicomFormatException {
        byte[] head;
        try {
            ValueBytes bytes = new ValueBytes(fragment);
            head = bytes.read(0, Math.min(8, bytes.length()));
        } catch (IOException e) {
            throw new DicomFormatException(Problem.BAD_FRAGMENT, -1, "cannot read a fragment: " + e.getMessage(), e);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && ((head[1] & 0xFF) == 0xD8 || (head[1] & 0xFF) == 0x4F)) {
            return true;
        }
        return head.length >= 8 && head[0] == 0 && head[1] == 0 && head[2] == 0 && head[3] == 0x0C
                && head[4] == 'j' && head[5] == 'P' && head[6] == ' ' && head[7] == ' ';
    }

    private static long[] basicOffsets(Value table) throws DicomFormatException {
        byte[] bytes;
        try {
            bytes = new ValueBytes(table).readAll();
        } catch (IOException e) {
            throw new DicomFormatException(Problem.BAD_FRAGMENT, -1, "cannot read the Basic Offset Table: " + e.getMessage(), e);
        }
        if (bytes.length % 4 != 0) {
            return new long[0];
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long[] offsets = new long[bytes.length / 4];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = buffer.getInt() & 0xFFFFFFFFL;
        }
        return offsets;
    }

    /** For each offset the fragment that starts there; empty when an offset hits no fragment start or they do not increase. */
    private static int[] firstFragments(long[] offsets, long[] positions) {
        int[] first = new int[offsets.length];
        int fragment = 0;
        for (int frame = 0; frame < offsets.length; frame++) {
            while (fragment < positions.length && positions[fragment] < offsets[frame]) {
                fragment++;
            }
            if (fragment >= positions.length || positions[fragment] != offsets[frame] || frame > 0 && fragment <= first[frame - 1]
                    || frame == 0 && fragment != 0) {
                return new int[0];
            }
            first[frame] = fragment;
        }
        return first;
    }

    public int frameCount() {
        return firstFragment.length;
    }

    public SplitMethod method() {
        return method;
    }

    /** Indices, in the fragment list after the Basic Offset Table (from 0), of the fragments of a frame. */
    public List<Integer> fragmentsOf(int frame) {
        int end = frame + 1 < firstFragment.length ? firstFragment[frame + 1] : fragments.size();
        List<Integer> indices = new ArrayList<>(end - firstFragment[frame]);
        for (int i = firstFragment[frame]; i < end; i++) {
            indices.add(i);
        }
        return List.copyOf(indices);
    }

    /** The compressed bitstream of a frame: its fragments concatenated (cut to the Extended Offset Table length). */
    public byte[] bitstream(int frame) throws IOException {
        List<Integer> indices = fragmentsOf(frame);
        long total = 0;
        for (int i : indices) {
            total += fragments.get(i).length();
        }
        long length = exactLength != null ? exactLength[frame] : total;
        if (length > total || length < 0) {
            throw new DicomFormatException(Problem.BAD_FRAGMENT, -1, "the Extended Offset Table gives frame " + frame
                    + " " + length + " bytes but its fragments hold " + total);
        }
        if (length > BulkData.MAX_IN_MEMORY) {
            throw new DicomFormatException(Problem.ABSURD_SIZE, -1, "frame " + frame + " of " + length + " bytes does not fit in memory");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) length);
        for (int i : indices) {
            out.writeBytes(new ValueBytes(fragments.get(i)).readAll());
        }
        byte[] bytes = out.toByteArray();
        return bytes.length == length ? bytes : java.util.Arrays.copyOf(bytes, (int) length);
    }
}
