package org.lumen.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lumen.dicom.pixel.PixelDataSets.bytes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.BulkData;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;
import org.lumen.dicom.pixel.EncapsulatedFrames.SplitMethod;

class EncapsulatedFramesTest {
    private static final long[] NONE = new long[0];

    private static Value.Fragments fragments(byte[] table, byte[]... data) {
        List<Value> list = new ArrayList<>();
        list.add(Value.Bytes.of(table));
        for (byte[] d : data) {
            list.add(Value.Bytes.of(d));
        }
        return new Value.Fragments(list);
    }

    private static byte[] basicTable(int... offsets) {
        ByteBuffer buffer = ByteBuffer.allocate(offsets.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int o : offsets) {
            buffer.putInt(o);
        }
        return buffer.array();
    }

    @Test
    void basicOffsetTableGroupsSeveralFragmentsPerFrame() throws IOException {
        // fragments of 4, 2, 6, 2 bytes: item starts at 0, 12, 22, 36
        Value.Fragments f = fragments(basicTable(0, 22), bytes(1, 2, 3, 4), bytes(5, 6), bytes(7, 8, 9, 10, 11, 12), bytes(13, 14));
        EncapsulatedFrames frames = EncapsulatedFrames.of(f, 2, NONE, NONE);
        assertThat(frames.method()).isEqualTo(SplitMethod.BASIC_OFFSET_TABLE);
        assertThat(frames.fragmentsOf(0)).containsExactly(0, 1);
        assertThat(frames.fragmentsOf(1)).containsExactly(2, 3);
        assertThat(frames.bitstream(0)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(frames.bitstream(1)).containsExactly(7, 8, 9, 10, 11, 12, 13, 14);
    }

    @Test
    void extendedOffsetTableWinsAndItsLengthsCutTrailingPadding() throws IOException {
        Value.Fragments f = fragments(new byte[0], bytes(1, 2, 3, 0), bytes(4, 5), bytes(6, 7, 8, 0));
        EncapsulatedFrames frames = EncapsulatedFrames.of(f, 2, new long[] {0, 22}, new long[] {5, 3});
        assertThat(frames.method()).isEqualTo(SplitMethod.EXTENDED_OFFSET_TABLE);
        assertThat(frames.bitstream(0)).containsExactly(1, 2, 3, 0, 4);
        assertThat(frames.bitstream(1)).containsExactly(6, 7, 8);
    }

    @Test
    void extendedOffsetTableIsReadFromTheDataSet() throws IOException {
        DataSet ds = new DataSet();
        ds.put(Tag.PixelData, VR.OB, fragments(new byte[0], bytes(1, 2), bytes(3, 4), bytes(5, 6)));
        ds.put(Tag.ExtendedOffsetTable, VR.OV, Value.Bytes.of(ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(0).putLong(10).array()));
        ds.put(Tag.ExtendedOffsetTableLengths, VR.OV, Value.Bytes.of(ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(2).putLong(4).array()));
        EncapsulatedFrames frames = EncapsulatedFrames.of(ds, 2);
        assertThat(frames.fragmentsOf(1)).containsExactly(1, 2);
        assertThat(frames.bitstream(1)).containsExactly(3, 4, 5, 6);
    }

    @Test
    void extendedOffsetTableHeldAsBulkDataIsRead(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("eot.bin");
        Files.write(table, ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putLong(0).putLong(10).putLong(2).putLong(4).array());
        DataSet ds = new DataSet();
        ds.put(Tag.PixelData, VR.OB, fragments(new byte[0], bytes(1, 2), bytes(3, 4), bytes(5, 6)));
        ds.put(Tag.ExtendedOffsetTable, VR.OV, new Value.Bulk(new BulkData(table, 0, 16), ByteOrder.LITTLE_ENDIAN));
        ds.put(Tag.ExtendedOffsetTableLengths, VR.OV, new Value.Bulk(new BulkData(table, 16, 16), ByteOrder.LITTLE_ENDIAN));
        EncapsulatedFrames frames = EncapsulatedFrames.of(ds, 2);
        assertThat(frames.method()).isEqualTo(SplitMethod.EXTENDED_OFFSET_TABLE);
        assertThat(frames.bitstream(1)).containsExactly(3, 4, 5, 6);
    }

    @Test
    void inconsistentExtendedOffsetTableIsRefused() {
        Value.Fragments f = fragments(new byte[0], bytes(1, 2), bytes(3, 4));
        assertThat(problem(() -> EncapsulatedFrames.of(f, 2, new long[] {0, 5}, new long[] {2, 2}))).isEqualTo(Problem.BAD_FRAGMENT);
        assertThat(problem(() -> EncapsulatedFrames.of(f, 2, new long[] {0}, new long[] {2}))).isEqualTo(Problem.BAD_FRAGMENT);
        assertThatThrownBy(() -> EncapsulatedFrames.of(f, 2, new long[] {0, 10}, new long[] {2, 3}).bitstream(1))
                .isInstanceOf(DicomFormatException.class);
    }

    @Test
    void withoutOffsetTableOneFragmentPerFrame() throws IOException {
        EncapsulatedFrames frames = EncapsulatedFrames.of(fragments(new byte[0], bytes(1), bytes(2), bytes(3)), 3, NONE, NONE);
        assertThat(frames.method()).isEqualTo(SplitMethod.ONE_FRAGMENT_PER_FRAME);
        assertThat(frames.bitstream(2)).containsExactly(3);
    }

    @Test
    void oneFrameTakesAllFragments() throws IOException {
        EncapsulatedFrames frames = EncapsulatedFrames.of(fragments(new byte[0], bytes(1), bytes(2), bytes(3)), 1, NONE, NONE);
        assertThat(frames.method()).isEqualTo(SplitMethod.SINGLE_FRAME);
        assertThat(frames.bitstream(0)).containsExactly(1, 2, 3);
    }

    @Test
    void withoutOffsetTableFramesBeginAtJpegAndJ2kStartMarkers() throws IOException {
        Value.Fragments jpeg = fragments(new byte[0], bytes(0xFF, 0xD8, 1), bytes(2, 3), bytes(0xFF, 0xD8, 4), bytes(0xFF, 0xD9));
        EncapsulatedFrames frames = EncapsulatedFrames.of(jpeg, 2, NONE, NONE);
        assertThat(frames.method()).isEqualTo(SplitMethod.START_MARKERS);
        assertThat(frames.bitstream(0)).containsExactly(0xFF, 0xD8, 1, 2, 3);
        assertThat(frames.bitstream(1)).containsExactly(0xFF, 0xD8, 4, 0xFF, 0xD9);
        Value.Fragments j2k = fragments(new byte[0], bytes(0xFF, 0x4F, 1), bytes(0xFF, 0x4F, 2), bytes(3, 4));
        assertThat(EncapsulatedFrames.of(j2k, 2, NONE, NONE).fragmentsOf(1)).containsExactly(1, 2);
    }

    @Test
    void basicOffsetTableThatMissesFragmentStartsFallsBackToMarkers() throws IOException {
        Value.Fragments f = fragments(basicTable(0, 7), bytes(0xFF, 0xD8), bytes(9, 9), bytes(0xFF, 0xD8));
        EncapsulatedFrames frames = EncapsulatedFrames.of(f, 2, NONE, NONE);
        assertThat(frames.method()).isEqualTo(SplitMethod.START_MARKERS);
        assertThat(frames.fragmentsOf(0)).containsExactly(0, 1);
    }

    @Test
    void fragmentsThatCannotBeSplitAreRefused() {
        Value.Fragments f = fragments(new byte[0], bytes(1, 2), bytes(3, 4), bytes(5, 6));
        assertThat(problem(() -> EncapsulatedFrames.of(f, 2, NONE, NONE))).isEqualTo(Problem.BAD_FRAGMENT);
        assertThat(problem(() -> EncapsulatedFrames.of(new Value.Fragments(List.of(Value.Bytes.EMPTY)), 1, NONE, NONE)))
                .isEqualTo(Problem.BAD_FRAGMENT);
    }

    @Test
    void bulkFragmentsAreReadFromTheirFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fragments.bin");
        Files.write(file, bytes(0, 0, 0xFF, 0xD8, 7, 0xFF, 0xD8, 8));
        Value.Fragments f = new Value.Fragments(List.of(Value.Bytes.EMPTY,
                new Value.Bulk(new BulkData(file, 2, 3), ByteOrder.LITTLE_ENDIAN),
                new Value.Bulk(new BulkData(file, 5, 3), ByteOrder.LITTLE_ENDIAN)));
        assertThat(EncapsulatedFrames.of(f, 2, NONE, NONE).bitstream(1)).containsExactly(0xFF, 0xD8, 8);
    }

    private interface Split {
        EncapsulatedFrames run() throws DicomFormatException;
    }

    private static Problem problem(Split split) {
        try {
            split.run();
        } catch (DicomFormatException e) {
            return e.problem();
        }
        throw new AssertionError("accepted");
    }
}
