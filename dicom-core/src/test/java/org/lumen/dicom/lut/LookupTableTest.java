package org.lumen.dicom.lut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DicomFormatException;

class LookupTableTest {
    private static byte[] words(ByteOrder order, int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 2).order(order);
        for (int v : values) {
            buffer.putShort((short) v);
        }
        return buffer.array();
    }

    @Test
    void valuesOutsideTheTableAreClampedToTheFirstAndLastEntry() throws DicomFormatException {
        LookupTable t = LookupTable.fromDescriptor(new int[] {3, 10, 16}, false, words(ByteOrder.LITTLE_ENDIAN, 100, 200, 300), ByteOrder.LITTLE_ENDIAN);
        assertThat(t.lookup(-5)).isEqualTo(100);
        assertThat(t.lookup(10)).isEqualTo(100);
        assertThat(t.lookup(11)).isEqualTo(200);
        assertThat(t.lookup(12)).isEqualTo(300);
        assertThat(t.lookup(70000)).isEqualTo(300);
    }

    @Test
    void firstMappedValueIsSignedOnlyWhenAsked() throws DicomFormatException {
        int[] descriptor = {2, 0xFC00, 16};
        byte[] data = words(ByteOrder.LITTLE_ENDIAN, 1, 2);
        assertThat(LookupTable.fromDescriptor(descriptor, true, data, ByteOrder.LITTLE_ENDIAN).firstMapped()).isEqualTo(-1024);
        assertThat(LookupTable.fromDescriptor(descriptor, false, data, ByteOrder.LITTLE_ENDIAN).firstMapped()).isEqualTo(64512);
    }

    @Test
    void zeroEntriesMeans65536() throws DicomFormatException {
        LookupTable t = LookupTable.fromDescriptor(new int[] {0, 0, 16}, false, new byte[131072], ByteOrder.LITTLE_ENDIAN);
        assertThat(t.size()).isEqualTo(65536);
    }

    @Test
    void eightBitEntriesPackedTwoPerWordInEitherByteOrder() throws DicomFormatException {
        LookupTable le = LookupTable.fromDescriptor(new int[] {4, 0, 8}, false, new byte[] {1, 2, 3, 4}, ByteOrder.LITTLE_ENDIAN);
        assertThat(le.entries()).containsExactly(1, 2, 3, 4);
        LookupTable be = LookupTable.fromDescriptor(new int[] {4, 0, 8}, false, new byte[] {2, 1, 4, 3}, ByteOrder.BIG_ENDIAN);
        assertThat(be.entries()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void eightBitDescriptorWithSixteenBitValuesIsReadAsSixteenBits() throws DicomFormatException {
        LookupTable t = LookupTable.fromDescriptor(new int[] {2, 0, 8}, false, words(ByteOrder.BIG_ENDIAN, 0x00FF, 0xFF00), ByteOrder.BIG_ENDIAN);
        assertThat(t.entries()).containsExactly(0x00FF, 0xFF00);
        assertThat(t.bits()).isEqualTo(16);
    }

    @Test
    void malformedDescriptorsAreRefused() {
        assertThatThrownBy(() -> LookupTable.fromDescriptor(new int[] {4, 0}, false, new byte[8], ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(DicomFormatException.class);
        assertThatThrownBy(() -> LookupTable.fromDescriptor(new int[] {4, 0, 16}, false, new byte[6], ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(DicomFormatException.class);
        assertThatThrownBy(() -> LookupTable.fromDescriptor(new int[] {4, 0, 17}, false, new byte[8], ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(DicomFormatException.class);
    }
}
